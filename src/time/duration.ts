import { DURATION_DAYS_MAX, DURATION_PART_MAX, SequestreError, TIME_TEXT_LENGTH_MAX } from '../errors';
import { DAY_MS, daysInMonth, utcMs } from './utc';

/** An ISO 8601 duration string such as `"PT48H"`, `"P7D"` or `"P5M"`. */
export type Duration = string;

/** A parsed duration: calendar months, then an exact number of milliseconds. */
export type DurationParts = { readonly months: number; readonly ms: number };

const DURATION_PATTERN =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Parses an ISO 8601 duration (SPEC §6): years and months are calendar months, weeks 7 days,
 * days exactly 24 h. Returns `undefined` for anything else, including a bare "P" or "PT".
 */
export function toDurationParts(value: unknown): DurationParts | undefined {
  if (typeof value !== 'string' || value.length > TIME_TEXT_LENGTH_MAX || value.endsWith('T')) return undefined;
  const match = DURATION_PATTERN.exec(value);
  if (match === null || value === 'P') return undefined;
  // Read part by part, without intermediate arrays: every command checks the policy's eight durations.
  const years = partOf(match[1]);
  const months = partOf(match[2]);
  const weeks = partOf(match[3]);
  const days = partOf(match[4]);
  const hours = partOf(match[5]);
  const minutes = partOf(match[6]);
  const seconds = partOf(match[7]);
  if (Math.max(years, months, weeks, days, hours, minutes, seconds) > DURATION_PART_MAX) return undefined;
  return {
    months: years * 12 + months,
    ms: (weeks * 7 + days) * DAY_MS + hours * 3_600_000 + minutes * 60_000 + seconds * 1000,
  };
}

/** One number of a duration; an absent part is zero. */
function partOf(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(digits);
}

/**
 * Parses a policy duration.
 *
 * @param allowZero - Only `lateGrace` may be zero (SPEC §9).
 * @throws SequestreError `INVALID_INPUT` when the value is not a duration or is zero where it must not be.
 */
export function parseDuration(value: unknown, path: string, allowZero = false): DurationParts {
  const parts = toDurationParts(value);
  if (parts === undefined || (!allowZero && parts.months === 0 && parts.ms === 0)) {
    throw new SequestreError(
      'INVALID_INPUT',
      `${path} must be ${allowZero ? 'an' : 'a positive'} ISO 8601 duration such as "PT48H", "P7D" or "P5M".`,
      { path, rule: 'duration.format' },
    );
  }
  if (!isAtMost100Years(parts)) {
    throw new SequestreError('INVALID_INPUT', `${path} "${value as string}" is longer than 100 years (${DURATION_DAYS_MAX} days); a policy duration is at most that.`, {
      path,
      rule: 'duration.tooLong',
      limit: `P${DURATION_DAYS_MAX}D`,
    });
  }
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
  const shifted = utcMs(year, month, day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
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
