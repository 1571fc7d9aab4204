import { describe, expect, it } from 'vitest';
import { type EscrowHolder, getBalances } from '../../src/entries/escrow';
import { checkHolder } from '../../src/parse/checkHolder';
import { AT, feesOf, opened, refusalOf } from './fixtures';

const holder = () =>
  opened({
    fees: feesOf({ buyerRate: '0.05', commissionRate: '0.20' }),
    subtotal: '50.00',
    tip: '5.00',
    paid: '57.50',
  });
const posting = { version: 1, at: AT, from: 'buyer', to: 'escrow', amount: '1.00', cause: 'x', paymentId: 'pay-x' };
const withEscrow = (fields: object) => ({ ...holder(), escrow: { ...holder().escrow, ...fields } });
const withFees = (fees: object) => ({ ...holder(), fees });

describe('checkHolder', () => {
  it('returns a usable holder as it is', () => {
    const value = holder();
    expect(checkHolder(value)).toBe(value);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 42],
    ["a function carrying an order's fields", Object.assign(() => undefined, holder())],
    ['an unknown currency', { ...holder(), currency: 'XXX' }],
    ['no escrow', { ...holder(), escrow: null }],
    ['an escrow that is a string', { ...holder(), escrow: 'escrow' }],
    ['a subtotal with too many decimals', withEscrow({ subtotal: '50.001' })],
    ['a tip that is a number', withEscrow({ tip: 5 })],
    ['refundedItems missing', withEscrow({ refundedItems: undefined })],
    ['refundedBuyerFee as "-1"', withEscrow({ refundedBuyerFee: '-1' })],
    ['a ledger that is not an array', withEscrow({ ledger: {} })],
    ['one posting null after a valid one', withEscrow({ ledger: [posting, null] })],
    ['one posting that is a string after a valid one', withEscrow({ ledger: [posting, 'posting'] })],
    ['one posting undefined after a valid one (a ledger built in code)', withEscrow({ ledger: [posting, undefined] })],
    ['a number posting', withEscrow({ ledger: [7] })],
    ['a posting from an unknown account', withEscrow({ ledger: [posting, { ...posting, from: 'bank' }] })],
    ['a posting to an unknown account', withEscrow({ ledger: [posting, { ...posting, to: 'bank' }] })],
    ['a posting with too many decimals', withEscrow({ ledger: [posting, { ...posting, amount: '1.001' }] })],
    [
      'a ledger that takes out more than came in',
      withEscrow({ ledger: [posting, { ...posting, from: 'escrow', to: 'seller', amount: '2.00' }] }),
    ],
    ['a payment without its paymentId', withEscrow({ ledger: [{ ...posting, paymentId: undefined }] })],
    ['two payments with one paymentId', withEscrow({ ledger: [posting, posting] })],
    [
      'a refund to a payment that never came in',
      withEscrow({
        ledger: [posting, { ...posting, from: 'escrow', to: 'buyer', paymentId: 'pay-y', amount: '0.50' }],
      }),
    ],
    [
      'a refund above what its payment has left',
      withEscrow({
        ledger: [
          posting,
          { ...posting, paymentId: 'pay-y' },
          { ...posting, from: 'escrow', to: 'buyer', amount: '1.50' },
        ],
      }),
    ],
    ['a posting without its version', withEscrow({ ledger: [{ ...posting, version: undefined }] })],
    ['a zero posting', withEscrow({ ledger: [{ ...posting, amount: '0.00' }] })],
    ['a buyer fee figure that is not F(S)', withEscrow({ buyerFee: '2.49' })],
    ['refundedTip missing', withEscrow({ refundedTip: undefined })],
    ['no fees', withFees(null as never)],
    ['fees that are a string', withFees('fees' as never)],
    ['no buyer fee', withFees({ commission: { rate: '0.20' }, tipCommission: { rate: '0' } })],
    ['no commission', withFees({ buyerFee: holder().fees.buyerFee, tipCommission: { rate: '0' } })],
    ['no tip commission', withFees({ buyerFee: holder().fees.buyerFee, commission: { rate: '0.20' } })],
    ['a commission rate above 1', withFees({ ...holder().fees, commission: { rate: '1.5' } })],
    ['a tip commission rate that is a number', withFees({ ...holder().fees, tipCommission: { rate: 0 } })],
    ['a fixed fee with too many decimals', withFees({ ...holder().fees, buyerFee: { rate: '0.05', fixed: '0.001' } })],
  ])('refuses %s with INVALID_ORDER order.shape', (_name, value) => {
    const error = refusalOf(() => checkHolder(value));
    expect({ code: error.code, message: error.message, details: error.details }).toEqual({
      code: 'INVALID_ORDER',
      message: 'The order argument is not an order produced by sequestre; load stored orders with parseOrder first.',
      details: { rule: 'order.shape' },
    });
  });

  it("accepts a ledger that pays out exactly what came in, and a posting with the currency's full digits", () => {
    const paidOut = withEscrow({
      ledger: [posting, { ...posting, from: 'escrow', to: 'seller', amount: '1.00' }],
    }) as EscrowHolder;
    expect(getBalances(paidOut).held).toBe('0.00');
    expect(checkHolder(withEscrow({ ledger: [{ ...posting, amount: '1.25' }] }))).toBeDefined();
  });
});
