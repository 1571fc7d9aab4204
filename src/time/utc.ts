const DAY_MS = 86_400_000;
/** 400 Gregorian years always hold 146,097 days; used to step around Date.UTC's 0–99 → 19xx rule. */
const FOUR_CENTURIES_MS = 146_097 * DAY_MS;

/** `Date.UTC` for every year 0–9999, including 0–99, which `Date.UTC` would read as 1900–1999. */
export function utcMs(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return Date.UTC(year + 400, monthIndex, day, hour, minute, second, ms) - FOUR_CENTURIES_MS;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Days in a month (monthIndex 0–11), leap years included, by the proleptic Gregorian rule that
 * `Date` follows (year 0 is a leap year). Counted, not asked of a `Date`, since every instant
 * parsed is checked against it.
 */
export function daysInMonth(year: number, monthIndex: number): number {
  if (monthIndex !== 1) return MONTH_DAYS[monthIndex]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export { DAY_MS };
