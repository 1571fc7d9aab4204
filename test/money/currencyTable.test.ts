import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, minorDigits } from '../../src/money';

describe('the ISO 4217 table', () => {
  it('holds the 164 codes of its source table', () => {
    expect(CURRENCY_CODES).toHaveLength(164);
  });

  // One code from each line of the source table, so that no line can go missing unnoticed.
  it.each([
    ['BIF', 0],
    ['XPF', 0],
    ['BHD', 3],
    ['TND', 3],
    ['CLF', 4],
    ['UYW', 4],
    ['AED', 2],
    ['CAD', 2],
    ['GEL', 2],
    ['INR', 2],
    ['LBP', 2],
    ['NOK', 2],
    ['SRD', 2],
    ['XCD', 2],
    ['ZWG', 2],
  ] as const)('knows %s with %i minor digits', (code, digits) => {
    expect(minorDigits(code)).toBe(digits);
  });
});
