import {
  DURATION_DAYS_MAX,
  DURATION_PART_MAX,
  durationFormat,
  durationTooLong,
  invalidInput,
  TIME_TEXT_LENGTH_MAX,
} from '../errors';
import { DAY_MS, daysInMonth, utcMs } from './utc';

/** An ISO 8601 duration string such as `"PT48H"`, `"P7D"` or `"P5M"`. */
export type Duration = string;

/** A parsed duration: calendar months, then an exact number of milliseconds. */
export type DurationParts = { readonly months: number; readonly ms: number };

/**
 * Parses an ISO 8601 duration (SPEC §6), `PnYnMnWnDTnHnMnS` with every part optional but at
 * least one present: years and months are calendar months, weeks 7 days, days exactly 24 h.
 * Returns `undefined` for anything else, including a bare "P" or "PT", a part out of order or
 * twice, and a part above `DURATION_PART_MAX`. Read character by character rather than with a
 * regular expression: every command checks the policy's durations and every deadline adds one.
 * test/time/duration.test.ts holds it to the pattern `^P(nY)?(nM)?(nW)?(nD)?(T(nH)?(nM)?(nS)?)?$`.
 */
export function toDurationParts(value: unknown): DurationParts | undefined {
  if (
    typeof value !== 'string' ||
    value.length < 3 ||
    value.length > TIME_TEXT_LENGTH_MAX ||
    value[0] !== 'P' ||
    value.endsWith('T')
  )
    return undefined;
  // Years, months, weeks, days, then hours, minutes, seconds: the seven parts in writing order.
  const parts = [0, 0, 0, 0, 0, 0, 0];
  let next = 0;
  let inTime = false;
  let index = 1;
  while (index < value.length) {
    if (value[index] === 'T') {
      if (inTime) return undefined;
      inTime = true;
      next = DATE_DESIGNATORS.length;
      index += 1;
      continue;
    }
    const start = index;
    let number = 0;
    for (let digit = value.charCodeAt(index) - 48; digit >= 0 && digit <= 9; digit = value.charCodeAt(index) - 48) {
      number = number * 10 + digit;
      index += 1;
    }
    if (index === start || index === value.length) return undefined;
    const slot = designatorSlot(value[index]!, inTime, next);
    if (slot === -1 || number > DURATION_PART_MAX) return undefined;
    parts[slot] = number;
    next = slot + 1;
    index += 1;
  }
  return {
    months: parts[0]! * 12 + parts[1]!,
    ms: (parts[2]! * 7 + parts[3]!) * DAY_MS + parts[4]! * 3_600_000 + parts[5]! * 60_000 + parts[6]! * 1000,
  };
}

const DATE_DESIGNATORS = 'YMWD';
const TIME_DESIGNATORS = 'HMS';

/**
 * The part a designator fills (0–6), or -1 when it is not allowed here: date designators before
 * `T`, time designators after it, each at most once and in writing order (from part `next` on).
 */
function designatorSlot(designator: string, inTime: boolean, next: number): number {
  if (!inTime) return DATE_DESIGNATORS.indexOf(designator, next);
  const found = TIME_DESIGNATORS.indexOf(designator, next - DATE_DESIGNATORS.length);
  return found === -1 ? -1 : DATE_DESIGNATORS.length + found;
}

/**
 * Parses a policy duration.
 *
 * @param allowZero - Only `lateGrace` may be zero (SPEC §9).
 * A reader: it refuses `INVALID_INPUT` when the value is not a duration, is zero where it must not
 * be, or is longer than 100 years, through `refused`.
 */
export function parseDuration(value: unknown, path: string, allowZero = false): DurationParts {
  const parts = toDurationParts(value);
  if (parts === undefined || (!allowZero && parts.months === 0 && parts.ms === 0))
    invalidInput(durationFormat, { path }, allowZero);
  if (!isAtMost100Years(parts))
    invalidInput(durationTooLong, { path, limit: `P${DURATION_DAYS_MAX}D` }, value as string);
  return parts;
}

/** Gregorian months average 146,097 days per 4,800 months (400 years). */
const AVERAGE_MONTH_MS = (146_097 * DAY_MS) / 4800;
const DURATION_MS_MAX = DURATION_DAYS_MAX * DAY_MS;

/**
 * SPEC §3: a policy duration is at most 100 years, so that no deadline arithmetic can leave the
 * range of dates. Months count as the Gregorian average: P100Y and P36525D pass, P100Y1D does not.
 */
export function isAtMost100Years(parts: DurationParts): boolean {
  return parts.months * AVERAGE_MONTH_MS + parts.ms <= DURATION_MS_MAX;
}

/**
 * Adds a duration to an instant: calendar months first, in UTC, clamped to the end of the
 * month (Jan 31 + P1M = Feb 28 or 29), then the exact milliseconds (SPEC §6).
 */
export function addDuration(ms: number, parts: DurationParts): number {
  if (parts.months === 0) return ms + parts.ms;
  const date = new Date(ms);
  const monthIndex = date.getUTCMonth() + parts.months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, month));
  const shifted = utcMs(
    year,
    month,
    day,
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
  return shifted + parts.ms;
}

/** Whole days as milliseconds (deliveryDays, extraDays, extension days). */
export function daysToMs(days: number): number {
  return days * DAY_MS;
}

/** An instant plus a trusted duration, as an instant: the deadline arithmetic of SPEC §6. */
export function instantAfter(instant: string, duration: Duration): string {
  return new Date(addDuration(Date.parse(instant), toDurationParts(duration)!)).toISOString();
}
