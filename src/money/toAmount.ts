import { assert } from '../errors';
import type { Dec } from './decimal';

/**
 * Formats a trusted amount with exactly the currency's digits (`"49.90"`, `"1000"`, `"1.250"`).
 * The value must already be a whole number of minor units and not negative: formatting never
 * rounds, so a hidden rounding cannot slip in here.
 */
export function toAmount(value: Dec, digits: number): string {
  assert(value.isFinite(), 'an amount must be finite');
  // These messages name the value, so they are written out only when the check fails: every
  // amount the library returns comes through here.
  if (value.isNegative() && !value.isZero()) assert(false, `an amount must not be negative, got ${value.toString()}`);
  if (value.decimalPlaces() > digits) assert(false, `an amount must be whole minor units, got ${value.toString()}`);
  // Negative zero prints as "0.00" through toFixed only once its sign is dropped.
  return value.abs().toFixed(digits);
}
