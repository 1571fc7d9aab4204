import { describe, expect, it } from 'vitest';
import { type EscrowHolder, quoteExtra, release } from '../../src/entries/escrow';
import { AT, advance, deepFreeze, feesOf, opened, refusalOf, withExtra } from './fixtures';

/** Base €49.99 at a 5 % buyer fee: F(49.99) = 2.50, checkout 52.49. */
function base(): EscrowHolder {
  return opened({
    fees: feesOf({ buyerRate: '0.05', commissionRate: '0.20' }),
    subtotal: '49.99',
    tip: '0.00',
    paid: '52.49',
  });
}

/** Calls quoteExtra with untyped arguments, as a JavaScript caller could. */
function quoteUntyped(order: unknown, price: unknown) {
  return quoteExtra(order as EscrowHolder, price as string);
}

describe('quoteExtra', () => {
  it('quotes an option of 15.00 on S = 49.99 at 5 %: F(64.99) − F(49.99) = 3.25 − 2.50 = 0.75', () => {
    expect(quoteExtra(base(), '15.00')).toEqual({
      currency: 'EUR',
      subtotal: '15.00',
      tip: '0.00',
      buyerFee: '0.75',
      total: '15.75',
    });
  });

  it('quotes on the cumulative subtotal: after the option, an offer of 20.00 adds F(84.99) − F(64.99) = 1.00', () => {
    const holder = withExtra(base(), '15.00', '15.75', 'pay-option');
    expect(quoteExtra(holder, '20.00')).toEqual({
      currency: 'EUR',
      subtotal: '20.00',
      tip: '0.00',
      buyerFee: '1.00',
      total: '21.00',
    });
  });

  it('charges the cumulative fee delta, not the fee of the extra rounded alone: 10.10 on 10.10 at 5 % adds 0.51, not 0.50', () => {
    const holder = opened({
      fees: feesOf({ buyerRate: '0.05', commissionRate: '0.20' }),
      subtotal: '10.10',
      tip: '0.00',
      paid: '10.60',
    });
    expect(quoteExtra(holder, '10.10')).toEqual({
      currency: 'EUR',
      subtotal: '10.10',
      tip: '0.00',
      buyerFee: '0.51',
      total: '10.61',
    });
  });

  it('can add no fee at all when the cumulative fee does not move: 0.01 on 49.99 at 5 %', () => {
    expect(quoteExtra(base(), '0.01')).toMatchObject({ buyerFee: '0.00', total: '0.01' });
  });

  it('never charges the fixed fee twice: 10.00 on 10.00 at 5 % + 0.30 adds 0.50', () => {
    const fees = feesOf({ buyerRate: '0.05', commissionRate: '0.20', fixed: '0.30' });
    const holder = opened({ fees, subtotal: '10.00', tip: '0.00', paid: '10.80' });
    expect(quoteExtra(holder, '10.00')).toMatchObject({ buyerFee: '0.50', total: '10.50' });
  });

  it('has a zero tip whatever the order tip', () => {
    const holder = opened({
      fees: feesOf({ buyerRate: '0.05', commissionRate: '0.20' }),
      subtotal: '40.00',
      tip: '5.00',
      paid: '47.00',
    });
    expect(quoteExtra(holder, '10.00')).toEqual({
      currency: 'EUR',
      subtotal: '10.00',
      tip: '0.00',
      buyerFee: '0.50',
      total: '10.50',
    });
  });

  it('writes JPY without decimals: 500 on 1000 at 5 % → fee 25, total 525', () => {
    const holder = opened({
      currency: 'JPY',
      fees: feesOf({ buyerRate: '0.05', commissionRate: '0.20', fixed: '0' }),
      subtotal: '1000',
      tip: '0',
      paid: '1050',
    });
    expect(quoteExtra(holder, '500')).toEqual({
      currency: 'JPY',
      subtotal: '500',
      tip: '0',
      buyerFee: '25',
      total: '525',
    });
  });

  it('writes KWD with three decimals: 1.25 on 1.250 at 5 % adds F(2.500) − F(1.250) = 0.125 − 0.062 = 0.063', () => {
    const holder = opened({
      currency: 'KWD',
      fees: feesOf({ buyerRate: '0.05', commissionRate: '0.20', fixed: '0.000' }),
      subtotal: '1.250',
      tip: '0.000',
      paid: '1.312',
    });
    expect(quoteExtra(holder, '1.25')).toEqual({
      currency: 'KWD',
      subtotal: '1.250',
      tip: '0.000',
      buyerFee: '0.063',
      total: '1.313',
    });
  });

  it('answers whatever the escrow state: it still quotes after a release', () => {
    const holder = base();
    const released = advance(holder, release(holder, { at: AT, cause: 'deadline.review', version: 2 }));
    expect(quoteExtra(released, '15.00')).toMatchObject({ buyerFee: '0.75', total: '15.75' });
  });

  it('does not mutate the order', () => {
    const holder = deepFreeze(base());
    const before = JSON.stringify(holder);
    expect(quoteExtra(holder, '15.00').total).toBe('15.75');
    expect(JSON.stringify(holder)).toBe(before);
  });

  describe('refusals', () => {
    it.each<[string, unknown]>([
      ['null', null],
      ['undefined', undefined],
      ['an empty object', {}],
      ['a string', 'garbage'],
      ['a number', 42],
      ['an array', []],
      ['an order with an unknown currency', { ...base(), currency: 'XXX' }],
      ['an order whose ledger is not an array', { ...base(), escrow: { ...base().escrow, ledger: 'none' } }],
      ['an order whose subtotal is a number', { ...base(), escrow: { ...base().escrow, subtotal: 49.99 } }],
      [
        'an order whose commission rate is a number',
        { ...base(), fees: { ...base().fees, commission: { rate: 0.2 } } },
      ],
      ['an order without fees', { currency: 'EUR', escrow: base().escrow }],
    ])('is INVALID_ORDER for %s', (_name, order) => {
      const error = refusalOf(() => quoteUntyped(order, '15.00'));
      expect(error.code).toBe('INVALID_ORDER');
    });

    it.each<[string, unknown, string]>([
      ['"0"', '0', 'amount.positive'],
      ['"0.00"', '0.00', 'amount.positive'],
      ['"-1"', '-1', 'amount.format'],
      ['the number 1', 1, 'amount.mustBeString'],
      ['"15.001" in EUR', '15.001', 'amount.tooManyDecimals'],
      ['"1e3"', '1e3', 'amount.format'],
    ])('is INVALID_INPUT for the price %s, with details.path "price"', (_name, price, rule) => {
      const error = refusalOf(() => quoteUntyped(base(), price));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details).toMatchObject({ path: 'price', rule });
    });

    it('stays arithmetic only: it quotes an extra even when the order could no longer take it (SPEC §4)', () => {
      const holder = opened({
        fees: feesOf({ buyerRate: '0', commissionRate: '0.20' }),
        subtotal: '999999999999999.00',
        tip: '0.00',
        paid: '999999999999999.00',
      });
      expect(quoteExtra(holder, '1.00')).toEqual({
        currency: 'EUR',
        subtotal: '1.00',
        tip: '0.00',
        buyerFee: '0.00',
        total: '1.00',
      });
    });

    it('is INVALID_INPUT when its own total would pass 15 integer digits', () => {
      const holder = opened({
        fees: feesOf({ buyerRate: '0.05', commissionRate: '0.20' }),
        subtotal: '50.00',
        tip: '0.00',
        paid: '52.50',
      });
      const error = refusalOf(() => quoteExtra(holder, '999999999999999.00'));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details).toMatchObject({ path: 'price', rule: 'amount.totalTooLarge' });
    });
  });
});
