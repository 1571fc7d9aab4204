import { parseAmount, toAmount, type Dec } from '../../money';
import { invalidOrder } from './invalidOrder';

/**
 * Reads a stored amount. Inputs may carry fewer digits than the currency (SPEC §7.1), but the
 * library stores every amount with exactly the currency's digits, so `"40.0"` for EUR is refused.
 *
 * @returns The amount as a Decimal; its stored text is `toAmount(result, digits)`.
 * @throws SequestreError `INVALID_INPUT` from `parseAmount` (the caller turns it into
 * `INVALID_ORDER`), `INVALID_ORDER` with rule `amount.notCanonical` for a non-normal form.
 */
export function readAmount(value: unknown, digits: number, path: string): Dec {
  const amount = parseAmount(value, digits, path);
  const canonical = toAmount(amount, digits);
  if (canonical !== value) {
    invalidOrder(path, 'amount.notCanonical', `${path} "${String(value)}" must be stored as "${canonical}", with exactly ${digits} decimals.`, {
      expected: canonical,
    });
  }
  return amount;
}

/** Reads a stored amount that must be above zero: a price, a posting, a proposed refund. */
export function readPositiveAmount(value: unknown, digits: number, path: string): Dec {
  const amount = readAmount(value, digits, path);
  if (amount.isZero()) invalidOrder(path, 'amount.positive', `${path} must be above zero.`);
  return amount;
}
