import { describe, expect, it } from 'vitest';
import { Dec, hasTooManyIntegerDigits } from '../../src/money';

describe('hasTooManyIntegerDigits', () => {
  it.each([['0'], ['49.90'], ['999999999999999'], ['999999999999999.99'], ['999999999999999.9999999999']])(
    'lets %s through: it has at most 15 integer digits',
    (value) => {
      expect(hasTooManyIntegerDigits(new Dec(value))).toBe(false);
    },
  );

  it.each([['1000000000000000'], ['1000000000000000.01'], ['12345678901234567890']])(
    'flags %s: it has 16 integer digits or more',
    (value) => {
      expect(hasTooManyIntegerDigits(new Dec(value))).toBe(true);
    },
  );
});
