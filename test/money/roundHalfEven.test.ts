import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, roundHalfEven } from '../../src/money';

/** Pure-bigint oracle: n / d rounded half-even to an integer, for n ≥ 0 and d > 0. */
function halfEvenQuotient(n: bigint, d: bigint): bigint {
  const q = n / d;
  const twiceR = 2n * (n % d);
  if (twiceR < d) return q;
  if (twiceR > d) return q + 1n;
  return q % 2n === 0n ? q : q + 1n;
}

/** Writes `units` minor units with `digits` decimals, without any decimal library. */
function formatUnits(units: bigint, digits: number): string {
  if (digits === 0) return units.toString();
  const text = units.toString().padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

function rounded(value: string, digits: number): string {
  return roundHalfEven(new Dec(value), digits).toFixed(digits);
}

describe('roundHalfEven', () => {
  it('rounds a tie to even: 0.505 → 0.50', () => {
    expect(rounded('0.505', 2)).toBe('0.50');
  });

  it('rounds a tie to even: 0.515 → 0.52', () => {
    expect(rounded('0.515', 2)).toBe('0.52');
  });

  it('rounds a tie to even at 0 digits: 2.5 → 2', () => {
    expect(rounded('2.5', 0)).toBe('2');
  });

  it('rounds a tie to even at 0 digits: 3.5 → 4', () => {
    expect(rounded('3.5', 0)).toBe('4');
  });

  it('rounds a tie to even at 3 digits: 1.2345 → 1.234, 1.2355 → 1.236', () => {
    expect(rounded('1.2345', 3)).toBe('1.234');
    expect(rounded('1.2355', 3)).toBe('1.236');
  });

  it('rounds a non-tie to the nearest: 0.5051 → 0.51, 0.5149 → 0.51', () => {
    expect(rounded('0.5051', 2)).toBe('0.51');
    expect(rounded('0.5149', 2)).toBe('0.51');
  });

  it('leaves a value that already fits unchanged: 49.9 → 49.90', () => {
    expect(rounded('49.9', 2)).toBe('49.90');
  });

  it('carries into the integer part: 999999999999999.995 → 1000000000000000.00', () => {
    expect(rounded('999999999999999.995', 2)).toBe('1000000000000000.00');
  });

  it('rounds a tie below the minor unit to zero: 0.005 → 0.00', () => {
    expect(rounded('0.005', 2)).toBe('0.00');
  });

  it('rounds a third exactly once: 10 / 3 → 3.33, 20 / 3 → 6.67', () => {
    expect(roundHalfEven(new Dec(10).div(3), 2).toFixed(2)).toBe('3.33');
    expect(roundHalfEven(new Dec(20).div(3), 2).toFixed(2)).toBe('6.67');
  });

  it('agrees with a bigint half-even oracle on any fraction n / d', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.integer({ min: 0, max: 4 }),
        (n, d, digits) => {
          const value = new Dec(n.toString()).div(d.toString());
          const expected = formatUnits(halfEvenQuotient(n * 10n ** BigInt(digits), d), digits);
          expect(roundHalfEven(value, digits).toFixed(digits)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the oracle on exact ties: (2k + 1) / 2 at every scale', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), (k, digits) => {
        const n = 2n * k + 1n;
        const d = 2n * 10n ** BigInt(digits);
        const value = new Dec(n.toString()).div(d.toString());
        const expected = formatUnits(halfEvenQuotient(n * 10n ** BigInt(digits), d), digits);
        expect(roundHalfEven(value, digits).toFixed(digits)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('halfEvenQuotient (the oracle itself)', () => {
  it('rounds 5 / 2 to 2, 7 / 2 to 4, 7 / 3 to 2 and 8 / 3 to 3', () => {
    expect(halfEvenQuotient(5n, 2n)).toBe(2n);
    expect(halfEvenQuotient(7n, 2n)).toBe(4n);
    expect(halfEvenQuotient(7n, 3n)).toBe(2n);
    expect(halfEvenQuotient(8n, 3n)).toBe(3n);
    expect(formatUnits(5n, 2)).toBe('0.05');
    expect(formatUnits(12345n, 3)).toBe('12.345');
  });
});
