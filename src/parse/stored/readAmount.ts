import { amountNotCanonical, amountPositive, invalidOrder } from '../../errors';
import { parseAmount, toAmount } from '../../money';
import { AMOUNT_PATTERN } from '../../money/amountPattern';

/**
 * Reads a stored amount. Inputs may carry fewer digits than the currency (SPEC §7.1), but the
 * library stores every amount with exactly the currency's digits, so `"40.0"` for EUR is refused.
 * The canonical form is checked on the text alone, since a stored order holds many amounts; only
 * a refusal builds a number, to name the expected form.
 *
 * @returns The amount, as stored.
 * Refuses, through `refused`, `INVALID_INPUT` from `parseAmount` (`parseOrder` answers it as
 * `INVALID_ORDER`), `INVALID_ORDER` with rule `amount.notCanonical` for a non-normal form.
 */
export function readAmount(value: unknown, digits: number, path: string): string {
  if (typeof value === 'string') {
    const match = AMOUNT_PATTERN.exec(value);
    if (match !== null && (match[3]?.length ?? 0) === digits && (digits > 0 || match[2] === undefined)) return value;
  }
  const canonical = toAmount(parseAmount(value, digits, path), digits);
  return invalidOrder(amountNotCanonical, { path, expected: canonical }, String(value), digits);
}

/** Reads a stored amount that must be above zero: a price, a posting, a proposed refund. */
export function readPositiveAmount(value: unknown, digits: number, path: string): string {
  const amount = readAmount(value, digits, path);
  if (!/[1-9]/.test(amount)) invalidOrder(amountPositive, { path });
  return amount;
}
