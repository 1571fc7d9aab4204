const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * The time left as the locale says it ("dans 2 jours", "in 5 hours"), rounded down to the unit,
 * so a countdown never promises more time than there is. Days from 48 hours on, hours from
 * 2 hours on, then minutes, then seconds.
 */
export function formatTimeLeft(msLeft: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (msLeft >= 2 * DAY_MS) return format.format(Math.floor(msLeft / DAY_MS), 'day');
  if (msLeft >= 2 * HOUR_MS) return format.format(Math.floor(msLeft / HOUR_MS), 'hour');
  if (msLeft >= MINUTE_MS) return format.format(Math.floor(msLeft / MINUTE_MS), 'minute');
  return format.format(Math.floor(msLeft / 1000), 'second');
}
