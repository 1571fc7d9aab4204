import {
  INSTANT_MS_MAX,
  INSTANT_MS_MIN,
  instantFormat,
  invalidInput,
  TIME_TEXT_LENGTH_MAX,
  timeAfterYear9999,
  timeBeforeYear0000,
} from '../errors';
import { daysInMonth, utcMs } from './utc';

/** An instant as returned by the library: `Date.prototype.toISOString()` form, UTC with `Z`. */
export type Instant = string;

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses an ISO 8601 instant with a time and an offset (SPEC §3) into epoch milliseconds.
 * Fractions beyond milliseconds are truncated, so a parsed instant is never later than written.
 *
 * A reader: it refuses `INVALID_INPUT` for no offset, a date alone, or an impossible date, and
 * for an instant outside the four-digit years, through `refused`.
 */
export function parseInstant(value: unknown, path: string): number {
  const match = typeof value === 'string' && value.length <= TIME_TEXT_LENGTH_MAX ? INSTANT_PATTERN.exec(value) : null;
  const ms = match === null ? undefined : toEpochMs(match);
  if (ms === undefined) invalidInput(instantFormat, { path });
  // SPEC §3: no instant the library reads or writes is after 9999-12-31T23:59:59.999Z; an offset
  // can carry a four-digit local year past the range in UTC ("9999-12-31T23:30:00-01:00").
  if (ms > INSTANT_MS_MAX) invalidInput(timeAfterYear9999, { path }, { read: value as string });
  if (ms < INSTANT_MS_MIN) invalidInput(timeBeforeYear0000, { path }, value as string);
  return ms;
}

/** Whether an instant in epoch milliseconds keeps a four-digit year (SPEC §3). */
export function isWithinYears0000To9999(ms: number): boolean {
  return ms >= INSTANT_MS_MIN && ms <= INSTANT_MS_MAX;
}

function toEpochMs(match: RegExpExecArray): number | undefined {
  // Field by field, without intermediate arrays: every event's `at` comes through here.
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6]);
  const fraction = match[7] === undefined ? 0 : Number(match[7].padEnd(3, '0').slice(0, 3));
  const sign = match[9] === '-' ? -1 : 1;
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const local = utcMs(year, month - 1, day, hour, minute, second, fraction);
  return local - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/**
 * Whether a string is an instant exactly as the library writes it (`toISOString()` form
 * `YYYY-MM-DDTHH:MM:SS.mmmZ`, UTC, milliseconds, a four-digit year) and names a real date.
 * Read character by character, without a regular expression or a Date: stored orders hold
 * dozens of instants and every command and query checks them, so this is on the hot path.
 */
export function isCanonicalInstant(value: string): boolean {
  if (value.length !== 24) return false;
  if (
    value[4] !== '-' ||
    value[7] !== '-' ||
    value[10] !== 'T' ||
    value[13] !== ':' ||
    value[16] !== ':' ||
    value[19] !== '.' ||
    value[23] !== 'Z'
  )
    return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const second = digitsAt(value, 17, 2);
  if (year < 0 || hour < 0 || minute < 0 || second < 0 || digitsAt(value, 20, 3) < 0) return false;
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month - 1) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

/** The number written by `count` ASCII digits from `start`, or -1 when one of them is not a digit. */
function digitsAt(value: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index += 1) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** Formats epoch milliseconds the way every instant leaves the library. */
export function toInstant(ms: number): Instant {
  return new Date(ms).toISOString();
}

/** Orders two canonical instants; never compare raw strings with `<`. */
export function compareInstants(a: Instant, b: Instant): number {
  return Date.parse(a) - Date.parse(b);
}
