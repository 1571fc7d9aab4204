import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMOUNT_PATTERN } from '../../src/money/amountPattern';
import { minorUnits, minorUnitsOf } from '../../src/money/minorUnits';

/** The reading the fast one must agree with: the pattern, the currency's digits, then BigInt on the digits. */
function byPattern(value: string, digits: number): bigint | undefined {
  const match = AMOUNT_PATTERN.exec(value);
  const decimals = match?.[3] ?? '';
  if (match === null || decimals.length > digits) return undefined;
  return BigInt(match[1]! + decimals.padEnd(digits, '0'));
}

/** Amounts and near misses: digits, points, signs, spaces, exponents and letters in any order. */
const amountLike = fc.oneof(
  fc.stringMatching(/^(0|[1-9][0-9]{0,16})(\.[0-9]{0,4})?$/),
  fc.string({ unit: fc.constantFrom(...'0123456789.-+e x'), maxLength: 20 }),
);

describe('minorUnitsOf', () => {
  it('agrees with AMOUNT_PATTERN and BigInt on amounts and near misses, for 0 to 3 digits', () => {
    fc.assert(
      fc.property(amountLike, fc.integer({ min: 0, max: 3 }), (value, digits) => {
        expect(minorUnitsOf(value, digits)).toBe(byPattern(value, digits));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['57.50', 2, 5750n],
    ['57.5', 2, 5750n],
    ['0', 2, 0n],
    ['1000', 0, 1000n],
    ['1.250', 3, 1250n],
    // Past 2^53 minor units, where a number would round: 15 integer digits and 3 decimals.
    ['999999999999999.999', 3, 999999999999999999n],
    ['900719925474099.3', 2, 90071992547409930n],
    // The same exact reading with fewer decimals than the currency, and with none at all.
    ['999999999999999.5', 3, 999999999999999500n],
    ['999999999999999', 3, 999999999999999000n],
  ] as const)('reads %s with %i digits as %s', (value, digits, units) => {
    expect(minorUnitsOf(value, digits)).toBe(units);
    expect(minorUnits(value, digits)).toBe(units);
  });

  it.each([
    ['57.505', 2, 'more decimals than the currency has'],
    ['057.50', 2, 'a leading zero'],
    ['5.', 2, 'a point without decimals'],
    ['.5', 2, 'decimals without an integer part'],
    ['-5', 2, 'a sign'],
    ['1e3', 2, 'an exponent'],
    ['1000000000000000', 2, '16 integer digits'],
    ['', 2, 'nothing'],
  ] as const)('refuses %s with %i digits (%s)', (value, digits, _why) => {
    expect(minorUnitsOf(value, digits)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    for (const value of [5750, 57.5, null, undefined, {}, ['57.50'], 5750n])
      expect(minorUnitsOf(value, 2)).toBeUndefined();
  });

  it('asserts instead of guessing when a trusted amount is not one', () => {
    expect(() => minorUnits('57.505', 2)).toThrow(/57\.505/);
  });
});
