import { assert } from '../errors';
import { minorDigits } from '../money';

/** The minor-unit digits of a trusted holder's currency; an unknown one here is a bug. */
export function digitsOf(currency: string): number {
  const digits = minorDigits(currency);
  assert(digits !== undefined, () => `unknown currency ${currency} in a trusted escrow`);
  return digits;
}
