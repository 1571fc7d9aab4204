import { AMOUNT_INTEGER_DIGITS_MAX } from '../errors';
import { Dec } from './decimal';

const AMOUNT_CEILING = new Dec(10).pow(AMOUNT_INTEGER_DIGITS_MAX);

/** Whether a computed figure (a total, a cumulative subtotal) no longer fits in 15 integer digits. */
export function hasTooManyIntegerDigits(value: Dec): boolean {
  return value.greaterThanOrEqualTo(AMOUNT_CEILING);
}
