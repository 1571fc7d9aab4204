import Decimal from 'decimal.js';
import { describe, expect, it, vi } from 'vitest';
import { Dec, parseAmount, roundHalfEven, toAmount, ZERO } from '../../src/money';

describe('Dec', () => {
  it('is a clone, not the host’s decimal.js constructor', () => {
    expect(Dec).not.toBe(Decimal);
    expect(Dec.precision).toBe(40);
    expect(Dec.rounding).toBe(Decimal.ROUND_HALF_EVEN);
  });

  it('keeps its own settings when the host calls Decimal.set(...)', () => {
    try {
      Decimal.set({ precision: 2, rounding: Decimal.ROUND_UP });
      expect(roundHalfEven(new Dec('0.505'), 2).toFixed(2)).toBe('0.50');
      expect(roundHalfEven(new Dec('2.5'), 0).toFixed(0)).toBe('2');
      expect(roundHalfEven(new Dec(10).div(3), 2).toFixed(2)).toBe('3.33');
      expect(parseAmount('12345.67', 2, 'price').toFixed()).toBe('12345.67');
      expect(toAmount(parseAmount('49.9', 2, 'price'), 2)).toBe('49.90');
      expect(new Dec('123456.789').times('1.5').toFixed()).toBe('185185.1835');
    } finally {
      Decimal.set({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
    }
  });

  it('holds the product of a 15-integer-digit amount and a 10-decimal rate exactly', () => {
    const product = new Dec('999999999999999.99').times('0.1234567891');
    expect(product.toFixed()).toBe('123456789099999.998765432109');
  });

  it('writes no exponent for tiny or huge values', () => {
    expect(new Dec('0.0000000001').toString()).toBe('0.0000000001');
    expect(new Dec('1000000000000000000000000').toString()).toBe('1000000000000000000000000');
  });

  it('shares a zero that is zero', () => {
    expect(ZERO.isZero()).toBe(true);
    expect(ZERO.toFixed(2)).toBe('0.00');
  });
});

describe('Dec when the host configured decimal.js before loading sequestre', () => {
  it("starts from decimal.js defaults, not from the host's global settings", async () => {
    try {
      // maxE is not among the settings the clone names, so only `defaults: true` resets it.
      Decimal.set({ maxE: 5 });
      vi.resetModules();
      const fresh = await import('../../src/money/decimal');
      expect(new fresh.Dec('1e10').isFinite()).toBe(true);
      expect(new fresh.Dec('1e10').toFixed()).toBe('10000000000');
    } finally {
      Decimal.set({ maxE: 9e15 });
      vi.resetModules();
    }
  });
});
