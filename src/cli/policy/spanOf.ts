import { toDurationParts } from '../../time';

/** The shortest and longest real time a duration can last, in milliseconds. */
export type Span = { readonly minMs: number; readonly maxMs: number };

// The Gregorian calendar repeats every 400 years (4,800 months), so trying every starting month
// of one cycle finds every length a run of months can have.
const CYCLE_MONTHS = 4800;
const CYCLE_START_YEAR = 2000;

/**
 * How long an ISO 8601 duration lasts in real time. Days, hours and weeks are exact; calendar
 * months vary (`P5M` lasts 150 to 153 days), so the span is the range over every starting month.
 * Starting late in a month only shortens it: the end-of-month clamp (Jan 31 + P1M = Feb 28)
 * never adds days (SPEC §6). Returns undefined for a value that is not a duration.
 */
export function spanOf(duration: unknown): Span | undefined {
  const parts = toDurationParts(duration);
  if (parts === undefined) return undefined;
  if (parts.months === 0) return { minMs: parts.ms, maxMs: parts.ms };
  let minMs = Infinity;
  let maxMs = 0;
  for (let start = 0; start < CYCLE_MONTHS; start += 1) {
    const monthsMs = Date.UTC(CYCLE_START_YEAR, start + parts.months, 1) - Date.UTC(CYCLE_START_YEAR, start, 1);
    minMs = Math.min(minMs, monthsMs);
    maxMs = Math.max(maxMs, monthsMs);
  }
  return { minMs: minMs + parts.ms, maxMs: maxMs + parts.ms };
}
