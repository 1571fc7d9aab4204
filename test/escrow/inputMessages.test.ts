import { describe, expect, it } from 'vitest';
import { type QuoteInput, quoteExtra, quoteOrder } from '../../src/entries/escrow';
import { feesOf, opened, refusalOf } from './fixtures';

/** The refusal of quoteOrder for an untyped input, as a plain object. */
function refusal(input: unknown) {
  const error = refusalOf(() => quoteOrder(input as QuoteInput));
  return { code: error.code, message: error.message, details: error.details };
}

const FEES = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };
const item = (id: string, price: string) => ({ id, label: 'Logo', price });

describe('quoteOrder refusals name the field and what would be accepted (SPEC §11)', () => {
  it('an unknown currency', () => {
    expect(refusal({ currency: 'eur', items: [item('a', '1.00')], fees: FEES })).toEqual({
      code: 'INVALID_INPUT',
      message: '"currency" must be an active ISO 4217 code in upper case, such as "EUR", "USD" or "JPY".',
      details: { path: 'currency', rule: 'currency.unknown' },
    });
  });

  it('no item', () => {
    expect(refusal({ currency: 'EUR', items: [], fees: FEES })).toEqual({
      code: 'INVALID_INPUT',
      message: '"items" must hold at least one item: the service bought.',
      details: { path: 'items', rule: 'items.empty' },
    });
  });

  it('an item id used twice', () => {
    expect(refusal({ currency: 'EUR', items: [item('a', '1.00'), item('a', '2.00')], fees: FEES })).toEqual({
      code: 'INVALID_INPUT',
      message: '"items[1].id" "a" is used twice; item ids must be unique.',
      details: { path: 'items[1].id', rule: 'items.duplicateId' },
    });
  });

  it('an item priced zero', () => {
    expect(refusal({ currency: 'EUR', items: [item('a', '1.00'), item('b', '0.00')], fees: FEES })).toEqual({
      code: 'INVALID_INPUT',
      message: '"items[1].price" must be above zero.',
      details: { path: 'items[1].price', rule: 'amount.positive' },
    });
  });

  it('a total over 15 integer digits, at items', () => {
    expect(refusal({ currency: 'EUR', items: [item('a', '999999999999999.00')], tip: '1.00', fees: FEES })).toEqual({
      code: 'INVALID_INPUT',
      message: 'The total exceeds 15 integer digits (at items); split the order.',
      details: { path: 'items', rule: 'amount.totalTooLarge' },
    });
  });

  it('a tip commission that is not an object, at its own path', () => {
    expect(
      refusal({ currency: 'EUR', items: [item('a', '1.00')], fees: { ...FEES, tipCommission: '0.1' } }),
    ).toMatchObject({
      details: { path: 'fees.tipCommission', rule: 'object.expected' },
    });
  });
});

describe('quoteExtra refusals', () => {
  const holder = () =>
    opened({
      fees: feesOf({ buyerRate: '0.05', commissionRate: '0.20' }),
      subtotal: '50.00',
      tip: '0.00',
      paid: '52.50',
    });

  it('a price of zero', () => {
    const error = refusalOf(() => quoteExtra(holder(), '0.00'));
    expect({ code: error.code, message: error.message, details: error.details }).toEqual({
      code: 'INVALID_INPUT',
      message: '"price" must be above zero.',
      details: { path: 'price', rule: 'amount.positive' },
    });
  });
});

describe('paths of item and extra refusals', () => {
  it('names the item whose id or label is wrong', () => {
    expect(
      refusal({ currency: 'EUR', items: [item('a', '1.00'), item('', '1.00')], fees: FEES }).details,
    ).toMatchObject({ path: 'items[1].id' });
    expect(
      refusal({ currency: 'EUR', items: [item('a', '1.00'), { id: 'b', label: '', price: '1.00' }], fees: FEES })
        .details,
    ).toMatchObject({ path: 'items[1].label' });
  });

  it('names the price when the quote of an extra would be too large to write', () => {
    const holder = opened({
      fees: feesOf({ buyerRate: '0.05', commissionRate: '0.20' }),
      subtotal: '50.00',
      tip: '0.00',
      paid: '52.50',
    });
    const error = refusalOf(() => quoteExtra(holder, '999999999999999.00'));
    expect(error.details).toMatchObject({ path: 'price', rule: 'amount.totalTooLarge' });
  });
});
