import { amountFormat, amountMustBeString, amountTooManyDecimals, invalidInput } from '../errors';
import { AMOUNT_PATTERN } from './amountPattern';
import { Dec } from './decimal';

/**
 * Parses an untrusted amount string for a currency with `digits` minor-unit digits. A reader:
 * it refuses through `refused`, so it runs inside a parser (`parsing`).
 *
 * @param value - The candidate, expected to be a decimal string such as `"49.9"`.
 * @param digits - The currency's minor-unit digits (EUR 2, JPY 0, KWD 3).
 * @param path - Where the value sits in the input, for the message and `details.path`.
 * @returns The amount as a Decimal (never negative).
 * Refuses `INVALID_INPUT` for numbers, signs, exponents, too many digits.
 */
export function parseAmount(value: unknown, digits: number, path: string): Dec {
  if (typeof value !== 'string') invalidInput(amountMustBeString, { path }, value);
  const match = AMOUNT_PATTERN.exec(value);
  if (match === null) invalidInput(amountFormat, { path }, value);
  const decimals = match[3]?.length ?? 0;
  if (decimals > digits) invalidInput(amountTooManyDecimals, { path, limit: digits }, value, decimals);
  return new Dec(value);
}
