import { AMOUNT_INTEGER_DIGITS_MAX, assert } from '../errors';

const ZERO = 48;
const NINE = 57;
const POINT = 46;

/**
 * The amount as an exact count of minor units ("49.9", 2 → 4990n) when `value` is a decimal
 * string of SPEC §7.1's form (`AMOUNT_PATTERN`: no sign, no leading zero, no exponent, at most
 * 15 integer digits) with at most `digits` decimals; `undefined` otherwise. The check and the
 * count in one pass over the characters, without a regular expression or a string per figure:
 * every command and query reads a dozen figures and postings this way, so this is on the hot
 * path. test/money/minorUnits.test.ts holds it to `AMOUNT_PATTERN` and to BigInt's own reading.
 */
export function minorUnitsOf(value: unknown, digits: number): bigint | undefined {
  if (typeof value !== 'string') return undefined;
  const length = value.length;
  let index = 0;
  let units = 0;
  // Past the end, charCodeAt is NaN, which is no digit: the loop stops there.
  while (isDigit(value.charCodeAt(index))) {
    units = units * 10 + (value.charCodeAt(index) - ZERO);
    index += 1;
  }
  const integerDigits = index;
  if (integerDigits === 0 || integerDigits > AMOUNT_INTEGER_DIGITS_MAX) return undefined;
  if (integerDigits > 1 && value.charCodeAt(0) === ZERO) return undefined;
  let decimals = 0;
  if (index < length) {
    // A point, then at least one digit, and nothing after the digits.
    if (value.charCodeAt(index) !== POINT || index === length - 1) return undefined;
    for (index += 1; index < length; index += 1) {
      const code = value.charCodeAt(index);
      if (!isDigit(code)) return undefined;
      units = units * 10 + (code - ZERO);
      decimals += 1;
    }
  }
  if (decimals > digits) return undefined;
  for (; decimals < digits; decimals += 1) units *= 10;
  // Past 2^53 a number has already rounded: count those few amounts again as text, exactly.
  return Number.isSafeInteger(units)
    ? BigInt(units)
    : BigInt(value.replace('.', '') + '0'.repeat(digits - decimalsOf(value)));
}

/**
 * The count of minor units of an amount already known to be well formed with at most `digits`
 * decimals, such as a figure of an order that passed the light check.
 */
export function minorUnits(amount: string, digits: number): bigint {
  const units = minorUnitsOf(amount, digits);
  assert(units !== undefined, () => `"${amount}" must be an amount with at most ${digits} decimals`);
  return units;
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function decimalsOf(amount: string): number {
  const point = amount.indexOf('.');
  return point === -1 ? 0 : amount.length - point - 1;
}
