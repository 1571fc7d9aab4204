import { SequestreError } from '../errors';
import { AMOUNT_PATTERN } from './amountPattern';
import { Dec } from './decimal';

/**
 * Parses an untrusted amount string for a currency with `digits` minor-unit digits.
 *
 * @param value - The candidate, expected to be a decimal string such as `"49.9"`.
 * @param digits - The currency's minor-unit digits (EUR 2, JPY 0, KWD 3).
 * @param path - Where the value sits in the input, for the message and `details.path`.
 * @returns The amount as a Decimal (never negative).
 * @throws SequestreError `INVALID_INPUT` for numbers, signs, exponents, too many digits.
 */
export function parseAmount(value: unknown, digits: number, path: string): Dec {
  if (typeof value !== 'string') {
    throw new SequestreError(
      'INVALID_INPUT',
      `${path} must be a decimal string such as "49.90", not ${describeType(value)}.`,
      { path, rule: 'amount.mustBeString' },
    );
  }
  const match = AMOUNT_PATTERN.exec(value);
  if (match === null) {
    throw new SequestreError(
      'INVALID_INPUT',
      `${path} must be an amount such as "49.90", not "${clip(value)}": use digits with an optional decimal point, no sign, no leading zeros, no exponent and at most 15 integer digits, such as "49.90".`,
      { path, rule: 'amount.format' },
    );
  }
  const decimals = match[3]?.length ?? 0;
  if (decimals > digits) {
    throw new SequestreError(
      'INVALID_INPUT',
      `${path} has ${decimals} decimals in "${value}"; this currency allows at most ${digits}.`,
      { path, rule: 'amount.tooManyDecimals', limit: digits },
    );
  }
  return new Dec(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
