import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src';
import {
  pendingOffer,
  refuseNoPendingOffer,
  refuseOfferAccept,
  refuseOfferAnswer,
  refuseOfferPropose,
  refuseOptionAdd,
} from '../../../src/order/rules/extras';
import { isItemIdUsed, isPaymentIdUsed } from '../../../src/order/rules/ids';
import { at, BUYER, HOUR, inProgress, run, SELLER, t0 } from '../orders';

const AT = at(t0, 2 * HOUR);
const offer = (id: string, price = '20.00') => ({ id, label: 'Animated logo', price, extraDays: 2 });

/** In progress with an option "opt" paid by "pay-opt" and pending offers "o1" and "o2" (o2 then declined). */
function withExtras(): Order {
  return run(
    inProgress(),
    {
      type: 'option.add',
      at: at(t0, HOUR),
      by: BUYER,
      option: { id: 'opt', label: 'Source files', price: '10.00', extraDays: 1 },
      payment: { id: 'pay-opt', amount: '10.50' },
    },
    { type: 'offer.propose', at: at(t0, HOUR), by: SELLER, offer: offer('o1') },
    { type: 'offer.propose', at: at(t0, HOUR), by: SELLER, offer: offer('o2') },
    { type: 'offer.decline', at: at(t0, HOUR), by: BUYER, offerId: 'o2' },
  ).order;
}

describe('isItemIdUsed and isPaymentIdUsed', () => {
  it('finds ids among items, extras and offers', () => {
    const order = withExtras();
    for (const id of ['gig', 'express', 'opt', 'o1', 'o2']) expect(isItemIdUsed(order, id)).toBe(true);
    expect(isItemIdUsed(order, 'new')).toBe(false);
  });

  it('finds the payments that funded the escrow, not the refunds', () => {
    const order = withExtras();
    expect(isPaymentIdUsed(order, 'pay-1')).toBe(true);
    expect(isPaymentIdUsed(order, 'pay-opt')).toBe(true);
    expect(isPaymentIdUsed(order, 'pay-new')).toBe(false);
    const refunded = {
      ...order,
      escrow: { ...order.escrow, ledger: order.escrow.ledger.map((posting) => ({ ...posting, to: 'buyer' as const })) },
    };
    expect(isPaymentIdUsed(refunded as Order, 'pay-1')).toBe(false);
  });
});

describe('refuseOptionAdd', () => {
  const add = (id: string, paymentId: string, amount: string) =>
    ({
      type: 'option.add',
      at: AT,
      by: BUYER,
      option: { id, label: 'More', price: '20.00', extraDays: 1 },
      payment: { id: paymentId, amount },
    }) as const;

  it('lets a new option with a new payment of price plus buyer fee through', () => {
    expect(refuseOptionAdd(withExtras(), add('more', 'pay-more', '21.00'))).toBeUndefined();
    expect(refuseOptionAdd(withExtras(), add('more', 'pay-more', '21'))).toBeUndefined();
  });

  it('refuses a used id', () => {
    expect(refuseOptionAdd(withExtras(), add('o1', 'pay-more', '21.00'))).toEqual({
      code: 'CONFLICT',
      message: 'The id "o1" is already used in this order; give the option a new id.',
      details: { rule: 'option.idUsed' },
    });
  });

  it('refuses a used payment id', () => {
    expect(refuseOptionAdd(withExtras(), add('more', 'pay-opt', '21.00'))).toEqual({
      code: 'CONFLICT',
      message: 'The payment id "pay-opt" already funded this order; each payment needs a new id.',
      details: { rule: 'payment.idUsed' },
    });
  });

  it('refuses a payment that is not the quote, with the amount due', () => {
    expect(refuseOptionAdd(withExtras(), add('more', 'pay-more', '20.00'))).toEqual({
      code: 'AMOUNT_MISMATCH',
      message:
        'The payment of 20.00 EUR does not match the 21.00 EUR due (price plus buyer fee); charge quoteExtra(order, price).total.',
      details: { rule: 'payment.amountMismatch', expected: '21.00' },
    });
  });

  it('turns a quote the escrow refuses into a refusal', () => {
    const huge = {
      ...add('more', 'pay-more', '1'),
      option: { id: 'more', label: 'More', price: '999999999999999', extraDays: 1 },
    };
    expect(refuseOptionAdd(withExtras(), huge)).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('offers', () => {
  it('refuseOfferPropose refuses a used id and passes a new one', () => {
    expect(
      refuseOfferPropose(withExtras(), { type: 'offer.propose', at: AT, by: SELLER, offer: offer('gig') }),
    ).toEqual({
      code: 'CONFLICT',
      message: 'The id "gig" is already used in this order; give the offer a new id.',
      details: { rule: 'offer.idUsed' },
    });
    expect(
      refuseOfferPropose(withExtras(), { type: 'offer.propose', at: AT, by: SELLER, offer: offer('o3') }),
    ).toBeUndefined();
  });

  it('pendingOffer finds only a pending offer of that id', () => {
    expect(pendingOffer(withExtras(), 'o1')).toMatchObject({ id: 'o1', status: 'pending' });
    expect(pendingOffer(withExtras(), 'o2')).toBeUndefined();
    expect(pendingOffer(withExtras(), 'opt')).toBeUndefined();
  });

  const notPending = (id: string) => ({
    code: 'NOT_ALLOWED',
    message: `There is no pending custom offer "${id}" on this order; it may have been declined, withdrawn or accepted.`,
    details: { rule: 'offer.notPending' },
  });

  it('refuseOfferAccept needs a pending offer and a payment equal to its quote', () => {
    const accept = (offerId: string, paymentId: string, amount: string) =>
      ({ type: 'offer.accept', at: AT, by: BUYER, offerId, payment: { id: paymentId, amount } }) as const;
    expect(refuseOfferAccept(withExtras(), accept('o1', 'pay-o1', '21.00'))).toBeUndefined();
    expect(refuseOfferAccept(withExtras(), accept('o2', 'pay-o2', '21.00'))).toEqual(notPending('o2'));
    expect(refuseOfferAccept(withExtras(), accept('o1', 'pay-1', '21.00'))).toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'payment.idUsed' },
    });
    expect(refuseOfferAccept(withExtras(), accept('o1', 'pay-o1', '21.01'))).toMatchObject({
      code: 'AMOUNT_MISMATCH',
      details: { expected: '21.00' },
    });
  });

  it('refuseOfferAnswer needs the offer pending', () => {
    expect(
      refuseOfferAnswer(withExtras(), { type: 'offer.decline', at: AT, by: BUYER, offerId: 'o1' }),
    ).toBeUndefined();
    expect(refuseOfferAnswer(withExtras(), { type: 'offer.withdraw', at: AT, by: SELLER, offerId: 'o2' })).toEqual(
      notPending('o2'),
    );
  });

  it('refuseNoPendingOffer passes while some offer is pending', () => {
    expect(refuseNoPendingOffer(withExtras())).toBeUndefined();
    expect(refuseNoPendingOffer(inProgress())).toEqual({
      code: 'NOT_ALLOWED',
      message: 'There is no pending custom offer on this order.',
      details: { rule: 'offer.nonePending' },
    });
  });
});
