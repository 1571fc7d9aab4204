import { instantNotCanonical, invalidOrder } from '../../errors';
import { type Instant, isCanonicalInstant, parseInstant, toInstant } from '../../time';

/**
 * Reads a stored instant. The library only ever stores `Date.prototype.toISOString()` form
 * (SPEC §3: UTC, milliseconds, `Z`), so any other spelling of a valid instant is refused too:
 * it did not come from sequestre, and string equality of instants must keep meaning equality.
 *
 * Refuses, through `refused`, `INVALID_INPUT` for a malformed instant (`parseOrder` answers it as
 * `INVALID_ORDER`), `INVALID_ORDER` with rule `instant.notCanonical` for another spelling.
 */
export function readInstant(value: unknown, path: string): Instant {
  if (typeof value === 'string' && isCanonicalInstant(value)) return value;
  const canonical = toInstant(parseInstant(value, path));
  if (canonical !== value) {
    invalidOrder(instantNotCanonical, { path, expected: canonical }, String(value));
  }
  return canonical;
}

/** Reads a stored instant that may be `null` (a deadline not set, an event that has not happened). */
export function readNullableInstant(value: unknown, path: string): Instant | null {
  return value === null ? null : readInstant(value, path);
}
