import { describe, expect, it } from 'vitest';
import { SequestreError, toMinorUnits } from '../../src';
import { toMinorUnits as fromEscrow } from '../../src/entries/escrow';
import { thrownBy } from '../support/thrownBy';

describe('toMinorUnits', () => {
  it.each([
    ['57.50', 'EUR', 5750],
    ['57.5', 'EUR', 5750],
    ['0', 'EUR', 0],
    ['1000', 'JPY', 1000],
    ['1.250', 'KWD', 1250],
    ['1.25', 'KWD', 1250],
    ['0.0001', 'CLF', 1],
    ['90071992547409.91', 'USD', 9007199254740991],
  ])('counts %s %s as %d minor units', (amount, currency, units) => {
    expect(toMinorUnits(amount, currency)).toBe(units);
  });

  it('is the same function from sequestre/escrow', () => {
    expect(fromEscrow).toBe(toMinorUnits);
  });

  it('refuses a count above Number.MAX_SAFE_INTEGER instead of rounding it (amount.unsafeInteger)', () => {
    const error = thrownBy(() => toMinorUnits('90071992547409.92', 'USD'));
    expect(error).toBeInstanceOf(SequestreError);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      message:
        '"amount" 90071992547409.92 USD is 9007199254740992 minor units, more than a JavaScript number holds exactly (9007199254740991); pass the amount as a string instead.',
      details: { path: 'amount', rule: 'amount.unsafeInteger', limit: 9007199254740991 },
    });
  });

  it.each<[string, unknown, unknown, string]>([
    ['more decimals than the currency has', '57.505', 'EUR', 'amount.tooManyDecimals'],
    ['decimals for a currency without minor units', '1000.5', 'JPY', 'amount.tooManyDecimals'],
    ['a number instead of a string', 57.5, 'EUR', 'amount.mustBeString'],
    ['a sign', '-1.00', 'EUR', 'amount.format'],
    ['an exponent', '1e3', 'EUR', 'amount.format'],
    ['an unknown currency', '1.00', 'EURO', 'currency.unknown'],
    ['a lower-case currency', '1.00', 'eur', 'currency.unknown'],
    ['a currency that is not a string', '1.00', 978, 'currency.unknown'],
  ])('refuses %s with INVALID_INPUT', (_, amount, currency, rule) => {
    const path = rule.startsWith('currency.') ? 'currency' : 'amount';
    expect(thrownBy(() => toMinorUnits(amount as string, currency as string))).toMatchObject({
      code: 'INVALID_INPUT',
      details: { rule, path },
    });
  });
});
