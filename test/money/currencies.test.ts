import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, minorDigits } from '../../src/money';

describe('minorDigits', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['GBP', 2],
    ['CHF', 2],
    ['CAD', 2],
    ['AUD', 2],
    ['SEK', 2],
    ['NOK', 2],
    ['DKK', 2],
    ['PLN', 2],
    ['MAD', 2],
  ])('gives %s two minor-unit digits', (code, digits) => {
    expect(minorDigits(code)).toBe(digits);
  });

  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['XOF', 0],
  ])('gives %s no minor-unit digits', (code, digits) => {
    expect(minorDigits(code)).toBe(digits);
  });

  it.each([
    ['KWD', 3],
    ['BHD', 3],
    ['TND', 3],
  ])('gives %s three minor-unit digits', (code, digits) => {
    expect(minorDigits(code)).toBe(digits);
  });

  it.each([['eur'], ['Eur'], ['XXX'], ['HRK'], ['BGN'], ['XAU'], [''], ['EUR ']])(
    'knows nothing of %j: lower case, testing, withdrawn and metal codes are not currencies',
    (code) => {
      expect(minorDigits(code)).toBeUndefined();
    },
  );

  it.each([[null], [undefined], [978], [['EUR']], [{ code: 'EUR' }]])('knows nothing of the non-string %j', (value) => {
    expect(minorDigits(value)).toBeUndefined();
  });
});

describe('CURRENCY_CODES', () => {
  it('lists each supported code once, sorted, all three upper-case letters', () => {
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    expect([...CURRENCY_CODES].sort()).toEqual(CURRENCY_CODES);
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('lists exactly the codes minorDigits knows', () => {
    for (const code of CURRENCY_CODES) expect(minorDigits(code)).toBeTypeOf('number');
    expect(CURRENCY_CODES).toContain('EUR');
    expect(CURRENCY_CODES).not.toContain('HRK');
  });
});
