import { amountPositive, invalidInput } from '../errors';
import type { Dec } from './decimal';
import { parseAmount } from './parseAmount';

/**
 * Parses an amount that must be above zero: every amount an event or input carries (prices,
 * payments, refunds; SPEC §3, changed in 0.2). Zero is refused here, as part of the value's
 * shape, so it answers before any rule of the order's state. A reader, like `parseAmount`.
 *
 * Refuses `INVALID_INPUT` for a malformed amount, or `amount.positive` for zero.
 */
export function parsePositiveAmount(value: unknown, digits: number, path: string): Dec {
  const amount = parseAmount(value, digits, path);
  if (amount.isZero()) invalidInput(amountPositive, { path });
  return amount;
}
