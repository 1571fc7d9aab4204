import { describe, expect, it } from 'vitest';
import { type QuoteInput, quoteOrder } from '../../src/entries/escrow';
import { deepFreeze, refusalOf } from './fixtures';

const FEES = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };

function checkout(prices: readonly string[], extra: Partial<QuoteInput> = {}): QuoteInput {
  return {
    currency: 'EUR',
    items: prices.map((price, i) => ({ id: `item-${i}`, label: `Item ${i}`, price })),
    fees: FEES,
    ...extra,
  };
}

/** Calls quoteOrder with an untyped input, as a JavaScript caller could. */
function quoteUntyped(input: unknown) {
  return quoteOrder(input as QuoteInput);
}

describe('quoteOrder', () => {
  describe('SPEC §7.2 worked numbers', () => {
    it('charges items 40.00 + 10.00, tip 5.00 at a 5 % buyer fee: fee 2.50, total 57.50', () => {
      expect(quoteOrder(checkout(['40.00', '10.00'], { tip: '5.00' }))).toEqual({
        currency: 'EUR',
        subtotal: '50.00',
        tip: '5.00',
        buyerFee: '2.50',
        total: '57.50',
      });
    });

    it('rounds a tie to even: S = 10.10 at 5 % → 0.505 → buyer fee 0.50', () => {
      expect(quoteOrder(checkout(['10.10']))).toEqual({
        currency: 'EUR',
        subtotal: '10.10',
        tip: '0.00',
        buyerFee: '0.50',
        total: '10.60',
      });
    });

    it('rounds a tie to even upwards too: S = 10.30 at 5 % → 0.515 → buyer fee 0.52', () => {
      expect(quoteOrder(checkout(['10.30']))).toMatchObject({ buyerFee: '0.52', total: '10.82' });
    });

    it('rounds a non-tie to the nearest cent: S = 49.99 at 5 % → 2.4995 → 2.50', () => {
      expect(quoteOrder(checkout(['49.99']))).toMatchObject({ buyerFee: '2.50', total: '52.49' });
    });

    it('adds the fixed fee after rounding: 0.505 → 0.50, plus 0.25 → 0.75 (not round(0.755) = 0.76)', () => {
      const fees = { buyerFee: { rate: '0.05', fixed: '0.25' }, commission: { rate: '0.20' } };
      expect(quoteOrder(checkout(['10.10'], { fees }))).toEqual({
        currency: 'EUR',
        subtotal: '10.10',
        tip: '0.00',
        buyerFee: '0.75',
        total: '10.85',
      });
    });

    it('charges the fixed fee alone when the rate is zero', () => {
      const fees = { buyerFee: { rate: '0', fixed: '1.5' }, commission: { rate: '0.20' } };
      expect(quoteOrder(checkout(['20.00'], { fees }))).toMatchObject({ buyerFee: '1.50', total: '21.50' });
    });

    it('charges the whole subtotal as fee at rate 1', () => {
      const fees = { buyerFee: { rate: '1' }, commission: { rate: '0.20' } };
      expect(quoteOrder(checkout(['12.34'], { fees }))).toMatchObject({ buyerFee: '12.34', total: '24.68' });
    });
  });

  describe('formatting', () => {
    it('writes every figure with the currency digits: "49.9" → "49.90"', () => {
      expect(quoteOrder(checkout(['49.9'], { tip: '1.5' }))).toEqual({
        currency: 'EUR',
        subtotal: '49.90',
        tip: '1.50',
        buyerFee: '2.50',
        total: '53.90',
      });
    });

    it('writes JPY without decimals: 1000 at 5 % → fee 50, total 1050', () => {
      expect(quoteOrder(checkout(['1000'], { currency: 'JPY', tip: '0' }))).toEqual({
        currency: 'JPY',
        subtotal: '1000',
        tip: '0',
        buyerFee: '50',
        total: '1050',
      });
    });

    it('rounds a JPY tie to the even yen: 1010 at 5 % → 50.5 → 50', () => {
      expect(quoteOrder(checkout(['1010'], { currency: 'JPY' }))).toMatchObject({ buyerFee: '50', total: '1060' });
    });

    it('writes KWD with three decimals: "1.25" → "1.250", tie 0.0625 → 0.062', () => {
      expect(quoteOrder(checkout(['1.25'], { currency: 'KWD', tip: '0.5' }))).toEqual({
        currency: 'KWD',
        subtotal: '1.250',
        tip: '0.500',
        buyerFee: '0.062',
        total: '1.812',
      });
    });

    it('accepts a zero tip', () => {
      expect(quoteOrder(checkout(['40.00'], { tip: '0' }))).toEqual({
        currency: 'EUR',
        subtotal: '40.00',
        tip: '0.00',
        buyerFee: '2.00',
        total: '42.00',
      });
    });

    it('reads a missing tip as 0.00', () => {
      expect(quoteOrder(checkout(['40.00']))).toMatchObject({ tip: '0.00', total: '42.00' });
    });

    it('accepts a total of exactly 15 integer digits', () => {
      const fees = { buyerFee: { rate: '0' }, commission: { rate: '0.20' } };
      expect(quoteOrder(checkout(['999999999999999'], { fees }))).toEqual({
        currency: 'EUR',
        subtotal: '999999999999999.00',
        tip: '0.00',
        buyerFee: '0.00',
        total: '999999999999999.00',
      });
    });

    it('does not mutate its input', () => {
      const input = deepFreeze(checkout(['40.00', '10.00'], { tip: '5.00' }));
      const before = JSON.stringify(input);
      expect(quoteOrder(input).total).toBe('57.50');
      expect(JSON.stringify(input)).toBe(before);
    });
  });

  describe('refusals', () => {
    it.each<[string, unknown, string, string]>([
      ['an empty item list', checkout([]), 'items', 'items.empty'],
      ['a price of "0"', checkout(['0']), 'items[0].price', 'amount.positive'],
      ['a price of "0.00" after a valid item', checkout(['10.00', '0.00']), 'items[1].price', 'amount.positive'],
      ['a negative price', checkout(['-1']), 'items[0].price', 'amount.format'],
      [
        'a numeric price',
        { ...checkout([]), items: [{ id: 'a', label: 'A', price: 40 }] },
        'items[0].price',
        'amount.mustBeString',
      ],
      ['the unknown currency "XXX"', checkout(['10.00'], { currency: 'XXX' }), 'currency', 'currency.unknown'],
      ['the lower-case currency "eur"', checkout(['10.00'], { currency: 'eur' }), 'currency', 'currency.unknown'],
      ['three decimals in EUR', checkout(['10.001']), 'items[0].price', 'amount.tooManyDecimals'],
      ['decimals in JPY', checkout(['10.5'], { currency: 'JPY' }), 'items[0].price', 'amount.tooManyDecimals'],
      ['four decimals in KWD', checkout(['1.2345'], { currency: 'KWD' }), 'items[0].price', 'amount.tooManyDecimals'],
      ['a tip with three decimals in EUR', checkout(['10.00'], { tip: '5.001' }), 'tip', 'amount.tooManyDecimals'],
      ['a numeric tip', { ...checkout(['10.00']), tip: 5 }, 'tip', 'amount.mustBeString'],
      [
        'a fixed fee with three decimals in EUR',
        checkout(['10.00'], { fees: { buyerFee: { rate: '0.05', fixed: '0.001' }, commission: { rate: '0.20' } } }),
        'fees.buyerFee.fixed',
        'amount.tooManyDecimals',
      ],
      [
        'a buyer fee rate of "1.5"',
        checkout(['10.00'], { fees: { buyerFee: { rate: '1.5' }, commission: { rate: '0.20' } } }),
        'fees.buyerFee.rate',
        'rate.format',
      ],
      [
        'a buyer fee rate given as a number',
        { ...checkout(['10.00']), fees: { buyerFee: { rate: 0.05 }, commission: { rate: '0.20' } } },
        'fees.buyerFee.rate',
        'rate.format',
      ],
      [
        'a commission rate of "1.01"',
        checkout(['10.00'], { fees: { buyerFee: { rate: '0.05' }, commission: { rate: '1.01' } } }),
        'fees.commission.rate',
        'rate.format',
      ],
      [
        'a tip commission rate of "5%"',
        checkout(['10.00'], {
          fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' }, tipCommission: { rate: '5%' } },
        }),
        'fees.tipCommission.rate',
        'rate.format',
      ],
      [
        'duplicate item ids',
        {
          ...checkout([]),
          items: [
            { id: 'gig', label: 'Logo', price: '40.00' },
            { id: 'gig', label: 'Logo again', price: '10.00' },
          ],
        },
        'items[1].id',
        'items.duplicateId',
      ],
      ['missing fees', { currency: 'EUR', items: [{ id: 'a', label: 'A', price: '1.00' }] }, 'fees', 'object.expected'],
      ['items that are not an array', { ...checkout([]), items: 'gig' }, 'items', 'array.expected'],
      ['a null input', null, 'input', 'object.expected'],
    ])('is INVALID_INPUT for %s, with details.path', (_name, input, path, rule) => {
      const error = refusalOf(() => quoteUntyped(input));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details).toMatchObject({ path, rule });
    });

    it('is INVALID_INPUT when the fee pushes a 15-digit subtotal past 15 integer digits', () => {
      const error = refusalOf(() => quoteOrder(checkout(['999999999999999'])));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details).toMatchObject({ rule: 'amount.totalTooLarge', path: expect.any(String) });
    });

    it('is INVALID_INPUT when the items alone exceed 15 integer digits', () => {
      const fees = { buyerFee: { rate: '0' }, commission: { rate: '0.20' } };
      const error = refusalOf(() => quoteOrder(checkout(['999999999999999', '1'], { fees })));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details).toMatchObject({ rule: 'amount.totalTooLarge' });
    });
  });
});
