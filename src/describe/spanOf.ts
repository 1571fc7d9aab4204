import type { Messages, TimeUnit } from './messages';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * A span of time as the locale says it ("2 jours", "5 hours"), rounded down to its unit, so that
 * a countdown never promises more time than there is, nor an overdue mark more delay than there
 * was. Days from 48 hours on, hours from 2 hours on, then minutes, then seconds. The locale
 * writes the words itself (with French's non-breaking space), not Intl, whose output varies
 * between runtimes.
 */
export function spanOf(ms: number, messages: Messages): string {
  const [count, unit] = unitOf(Math.abs(ms));
  return messages.span(count, unit);
}

function unitOf(ms: number): [number, TimeUnit] {
  if (ms >= 2 * DAY_MS) return [Math.floor(ms / DAY_MS), 'day'];
  if (ms >= 2 * HOUR_MS) return [Math.floor(ms / HOUR_MS), 'hour'];
  if (ms >= MINUTE_MS) return [Math.floor(ms / MINUTE_MS), 'minute'];
  return [Math.floor(ms / SECOND_MS), 'second'];
}
