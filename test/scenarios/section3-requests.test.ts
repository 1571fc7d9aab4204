import { describe, expect, it } from 'vitest';
import { applyEvent, getBalances, nextDeadline, presets, quoteExtra, type Actor, type Order, type OrderEvent } from '../../src';
import { BUYER, DAY, HOUR, PLATFORM, SELLER, SYSTEM, at, deepFreeze, expectError, placed, run, t0 } from '../support/fixtures';

// SPEC §3: the four kinds of requests (cancellation, extension, refund, offers), options, and limits.
// Timeline: placed t0 (v1), accepted t0 + 1h (v2, delivery deadline 2026-03-04T11:00Z).

type Party = 'buyer' | 'seller' | 'platform';
const ev = (type: OrderEvent['type'], when: string, by: Actor, payload: object = {}) => ({ type, at: when, by, ...payload }) as OrderEvent;
const note = (to: Party, event: string, when: string, idempotencyKey: string) => ({ type: 'notify', to, event, at: when, idempotencyKey });
const refundOf = (paymentId: string, amount: string, reason: string, when: string, idempotencyKey: string) =>
  ({ type: 'refund', paymentId, amount, currency: 'EUR', reason, at: when, idempotencyKey });
const money = (paidIn: string, held: string, refunded: string, paidOut: string, revenue: string) => ({ currency: 'EUR', paidIn, held, refunded, paidOut, revenue });
const entry = (version: number, type: string, when: string, by: Actor, extra: object = {}) => ({ version, type, at: when, by, ...extra });

/** A refusal answers the code and rule and leaves the caller's (frozen) order as it was. */
function refused(order: Order, event: OrderEvent, code: string, rule: string) {
  const before = structuredClone(order);
  const error = expectError(applyEvent(deepFreeze(order), event));
  expect({ code: error.code, rule: (error.details as { rule?: string } | undefined)?.rule }).toEqual({ code, rule });
  expect(order).toEqual(before);
  return error;
}

const ACCEPT = at(t0, HOUR); // 2026-03-01T11:00:00.000Z
const ASK = at(t0, DAY); // 2026-03-02T10:00:00.000Z
const ANSWER = at(t0, DAY + 2 * HOUR); // 2026-03-02T12:00:00.000Z
const inProgress = (overrides = {}) => run(placed(overrides), ev('order.accept', ACCEPT, SELLER)).order;
const delivered = () => run(inProgress(), ev('order.deliver', at(t0, 2 * HOUR), SELLER)).order;
const policy = (fields: object) => ({ ...presets.comeup, ...fields, name: 'x' });
const option = (id: string, price: string, extraDays: number, paymentId: string, amount: string) =>
  ({ option: { id, label: 'Source files', price, extraDays }, payment: { id: paymentId, amount } });
const offer = (id: string, price: string, extraDays: number) => ({ offer: { id, label: 'Logo animation', price, extraDays } });

describe('cancellation.*', () => {
  const asked = (by: Actor = BUYER, overrides = {}) => run(inProgress(overrides), ev('cancellation.request', ASK, by, { reason: 'No longer needed' })).order;

  it('records the request with a 48 h response window and tells the other party', () => {
    const result = run(inProgress(), ev('cancellation.request', ASK, BUYER, { reason: 'No longer needed' }));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 3 });
    expect(result.effects).toEqual([note('seller', 'cancellation.requested', '2026-03-02T10:00:00.000Z', 'o-1:3:0')]);
    expect(result.order.requests.cancellation).toEqual({ by: BUYER, at: '2026-03-02T10:00:00.000Z', deadline: '2026-03-04T10:00:00.000Z', reason: 'No longer needed' });
    expect(result.order.history.at(-1)).toEqual(entry(3, 'cancellation.request', '2026-03-02T10:00:00.000Z', BUYER, { reason: 'No longer needed' }));
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-04T10:00:00.000Z', kind: 'cancellationResponse' });
  });

  it('cancels with a full refund when the other party accepts', () => {
    const result = run(asked(), ev('cancellation.accept', ANSWER, SELLER));
    expect(result.order).toMatchObject({ status: 'cancelled', version: 4, requests: { cancellation: null, extension: null, refund: null } });
    expect(result.effects).toEqual([
      refundOf('pay-1', '57.50', 'cancellation.accept', '2026-03-02T12:00:00.000Z', 'o-1:4:0'),
      note('buyer', 'cancellation.accepted', '2026-03-02T12:00:00.000Z', 'o-1:4:1'),
    ]);
    expect(result.order.history.at(-1)).toEqual(entry(4, 'cancellation.accept', '2026-03-02T12:00:00.000Z', SELLER));
    expect(getBalances(result.order)).toEqual(money('57.50', '0.00', '57.50', '0.00', '0.00'));
  });

  it('cancels with a full refund when the buyer accepts the seller\'s request', () => {
    const result = run(asked(SELLER), ev('cancellation.accept', ANSWER, BUYER));
    expect(result.order.status).toBe('cancelled');
    expect(result.effects).toEqual([
      refundOf('pay-1', '57.50', 'cancellation.accept', '2026-03-02T12:00:00.000Z', 'o-1:4:0'),
      note('seller', 'cancellation.accepted', '2026-03-02T12:00:00.000Z', 'o-1:4:1'),
    ]);
  });

  it('closes the request and keeps the order in progress when the other party declines', () => {
    const result = run(asked(), ev('cancellation.decline', ANSWER, SELLER));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 4, requests: { cancellation: null }, declinedCancellations: 1 });
    expect(result.effects).toEqual([note('buyer', 'cancellation.declined', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
    expect(result.order.history.at(-1)).toEqual(entry(4, 'cancellation.decline', '2026-03-02T12:00:00.000Z', SELLER));
    expect(getBalances(result.order)).toEqual(money('57.50', '57.50', '0.00', '0.00', '0.00'));
  });

  it('closes the request when the requester withdraws it', () => {
    const result = run(asked(), ev('cancellation.withdraw', ANSWER, BUYER));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 4, requests: { cancellation: null } });
    expect(result.effects).toEqual([note('seller', 'cancellation.withdrawn', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
  });

  it('is NOT_ALLOWED for the requester to answer its own request', () => {
    refused(asked(), ev('cancellation.accept', ANSWER, BUYER), 'NOT_ALLOWED', 'cancellation.ownRequest');
    refused(asked(), ev('cancellation.decline', ANSWER, BUYER), 'NOT_ALLOWED', 'cancellation.ownRequest');
  });

  it('is NOT_ALLOWED for anyone but the requester to withdraw it', () => {
    refused(asked(), ev('cancellation.withdraw', ANSWER, SELLER), 'NOT_ALLOWED', 'cancellation.notRequester');
  });

  it('is CONFLICT to ask again while a request is pending, whoever asks', () => {
    refused(asked(), ev('cancellation.request', ANSWER, BUYER), 'CONFLICT', 'cancellation.alreadyPending');
    refused(asked(), ev('cancellation.request', ANSWER, SELLER), 'CONFLICT', 'cancellation.alreadyPending');
  });

  it('is NOT_ALLOWED to answer when no request is pending', () => {
    refused(inProgress(), ev('cancellation.accept', ANSWER, SELLER), 'NOT_ALLOWED', 'cancellation.nonePending');
  });

  it('expires unanswered at 48 h with onCancellationTimeout "expire", telling both parties', () => {
    const order = asked();
    expect(run(order, ev('clock.tick', at(ASK, 48 * HOUR - 1), SYSTEM)).order).toEqual(order);
    const result = run(order, ev('clock.tick', at(ASK, 48 * HOUR), SYSTEM));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 4, requests: { cancellation: null } });
    expect(result.effects).toEqual([
      note('buyer', 'cancellation.expired', '2026-03-04T10:00:00.000Z', 'o-1:4:0'),
      note('seller', 'cancellation.expired', '2026-03-04T10:00:00.000Z', 'o-1:4:1'),
    ]);
    expect(result.order.history.at(-1)).toEqual(entry(4, 'deadline.cancellationResponse', '2026-03-04T10:00:00.000Z', SYSTEM));
  });

  it('cancels with a full refund at 48 h with onCancellationTimeout "accept"', () => {
    const result = run(asked(BUYER, { policy: policy({ onCancellationTimeout: 'accept' }) }), ev('clock.tick', at(ASK, 50 * HOUR), SYSTEM));
    expect(result.order).toMatchObject({ status: 'cancelled', version: 4 });
    expect(result.effects).toEqual([
      refundOf('pay-1', '57.50', 'deadline.cancellationResponse', '2026-03-04T10:00:00.000Z', 'o-1:4:0'),
      note('buyer', 'order.cancelled', '2026-03-04T10:00:00.000Z', 'o-1:4:1'),
      note('seller', 'order.cancelled', '2026-03-04T10:00:00.000Z', 'o-1:4:2'),
    ]);
    expect(getBalances(result.order)).toEqual(money('57.50', '0.00', '57.50', '0.00', '0.00'));
  });

  it('opens a dispute by system at 48 h with onCancellationTimeout "dispute", telling buyer, seller and platform', () => {
    const result = run(asked(BUYER, { policy: policy({ onCancellationTimeout: 'dispute' }) }), ev('clock.tick', at(ASK, 48 * HOUR), SYSTEM));
    expect(result.order).toMatchObject({ status: 'disputed', version: 4, requests: { cancellation: null } });
    expect(result.order.dispute).toEqual({ openedBy: SYSTEM, openedAt: '2026-03-04T10:00:00.000Z', from: 'inProgress' });
    expect(result.effects).toEqual([
      note('buyer', 'dispute.opened', '2026-03-04T10:00:00.000Z', 'o-1:4:0'),
      note('seller', 'dispute.opened', '2026-03-04T10:00:00.000Z', 'o-1:4:1'),
      note('platform', 'dispute.opened', '2026-03-04T10:00:00.000Z', 'o-1:4:2'),
    ]);
    expect(nextDeadline(result.order)).toBeNull();
  });
});

describe('automatic dispute after declined cancellation requests', () => {
  const askAndDecline = (order: Order, hour: number) =>
    run(order, ev('cancellation.request', at(t0, hour * HOUR), BUYER), ev('cancellation.decline', at(t0, (hour + 1) * HOUR), SELLER));

  it('opens a dispute by system at the seller\'s second decline on a never-delivered order', () => {
    const result = askAndDecline(askAndDecline(inProgress(), 2).order, 4);
    expect(result.order).toMatchObject({ status: 'disputed', version: 6, declinedCancellations: 2 });
    expect(result.order.dispute).toEqual({ openedBy: SYSTEM, openedAt: '2026-03-01T15:00:00.000Z', from: 'inProgress' });
    expect(result.effects).toEqual([
      note('buyer', 'cancellation.declined', '2026-03-01T15:00:00.000Z', 'o-1:6:0'),
      note('buyer', 'dispute.opened', '2026-03-01T15:00:00.000Z', 'o-1:6:1'),
      note('seller', 'dispute.opened', '2026-03-01T15:00:00.000Z', 'o-1:6:2'),
      note('platform', 'dispute.opened', '2026-03-01T15:00:00.000Z', 'o-1:6:3'),
    ]);
    refused(result.order, ev('dispute.withdraw', at(t0, 6 * HOUR), BUYER), 'NOT_ALLOWED', 'dispute.notOpener');
    refused(result.order, ev('dispute.withdraw', at(t0, 6 * HOUR), SELLER), 'NOT_ALLOWED', 'dispute.notOpener');
  });

  it('does not open a dispute once the order was delivered', () => {
    const result = askAndDecline(askAndDecline(delivered(), 3).order, 5);
    expect(result.order).toMatchObject({ status: 'delivered', version: 7, declinedCancellations: 2, dispute: null });
    expect(result.effects).toEqual([note('buyer', 'cancellation.declined', '2026-03-01T16:00:00.000Z', 'o-1:7:0')]);
  });
});

describe('extension.*', () => {
  const asked = (order = inProgress()) => run(order, ev('extension.request', ASK, SELLER, { days: 2, reason: 'Waiting for the brief' })).order;

  it('records the seller\'s request with a 48 h response window and tells the buyer', () => {
    const result = run(inProgress(), ev('extension.request', ASK, SELLER, { days: 2, reason: 'Waiting for the brief' }));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 3 });
    expect(result.order.requests.extension).toEqual({ days: 2, at: '2026-03-02T10:00:00.000Z', deadline: '2026-03-04T10:00:00.000Z', reason: 'Waiting for the brief' });
    expect(result.effects).toEqual([note('buyer', 'extension.requested', '2026-03-02T10:00:00.000Z', 'o-1:3:0')]);
    expect(result.order.history.at(-1)).toEqual(entry(3, 'extension.request', '2026-03-02T10:00:00.000Z', SELLER, { reason: 'Waiting for the brief' }));
  });

  it('moves the delivery deadline by the days asked when the buyer accepts', () => {
    const result = run(asked(), ev('extension.accept', ANSWER, BUYER));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 4, deliveryDeadline: '2026-03-06T11:00:00.000Z', requests: { extension: null } });
    expect(result.effects).toEqual([note('seller', 'extension.accepted', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
  });

  it('clears the late mark when the new deadline is ahead, so a later lateness notifies again', () => {
    const late = run(inProgress(), ev('clock.tick', '2026-03-04T11:00:00.000Z', SYSTEM)).order;
    expect(late.lateSince).toBe('2026-03-04T11:00:00.000Z');
    const extended = run(late, ev('extension.request', '2026-03-04T12:00:00Z', SELLER, { days: 3 }), ev('extension.accept', '2026-03-04T13:00:00Z', BUYER));
    expect(extended.order).toMatchObject({ deliveryDeadline: '2026-03-07T11:00:00.000Z', lateSince: null });
    const lateAgain = run(extended.order, ev('clock.tick', '2026-03-07T11:00:00Z', SYSTEM));
    expect(lateAgain.effects).toEqual([
      note('buyer', 'order.late', '2026-03-07T11:00:00.000Z', 'o-1:6:0'),
      note('seller', 'order.late', '2026-03-07T11:00:00.000Z', 'o-1:6:1'),
    ]);
  });

  it('keeps the late mark when the extended deadline is still behind', () => {
    const late = run(inProgress(), ev('clock.tick', '2026-03-06T12:00:00.000Z', SYSTEM)).order;
    const extended = run(late, ev('extension.request', '2026-03-06T12:00:00Z', SELLER, { days: 1 }), ev('extension.accept', '2026-03-06T13:00:00Z', BUYER));
    expect(extended.order).toMatchObject({ deliveryDeadline: '2026-03-05T11:00:00.000Z', lateSince: '2026-03-04T11:00:00.000Z' });
  });

  it('closes the request with no new deadline when the buyer declines or the seller withdraws', () => {
    const declined = run(asked(), ev('extension.decline', ANSWER, BUYER));
    expect(declined.order).toMatchObject({ version: 4, deliveryDeadline: '2026-03-04T11:00:00.000Z', requests: { extension: null } });
    expect(declined.effects).toEqual([note('seller', 'extension.declined', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
    const withdrawn = run(asked(), ev('extension.withdraw', ANSWER, SELLER));
    expect(withdrawn.order).toMatchObject({ version: 4, deliveryDeadline: '2026-03-04T11:00:00.000Z', requests: { extension: null } });
    expect(withdrawn.effects).toEqual([note('buyer', 'extension.withdrawn', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
  });

  it('expires unanswered at 48 h, telling both parties', () => {
    const result = run(asked(), ev('clock.tick', '2026-03-04T10:30:00Z', SYSTEM));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 4, deliveryDeadline: '2026-03-04T11:00:00.000Z', requests: { extension: null } });
    expect(result.effects).toEqual([
      note('buyer', 'extension.expired', '2026-03-04T10:00:00.000Z', 'o-1:4:0'),
      note('seller', 'extension.expired', '2026-03-04T10:00:00.000Z', 'o-1:4:1'),
    ]);
    expect(result.order.history.at(-1)).toEqual(entry(4, 'deadline.extensionResponse', '2026-03-04T10:00:00.000Z', SYSTEM));
  });

  it('is CONFLICT while a request is pending and NOT_ALLOWED to answer none', () => {
    refused(asked(), ev('extension.request', ANSWER, SELLER, { days: 1 }), 'CONFLICT', 'extension.alreadyPending');
    refused(inProgress(), ev('extension.accept', ANSWER, BUYER), 'NOT_ALLOWED', 'extension.nonePending');
  });

  it('is INVALID_INPUT for days outside 1–365', () => {
    for (const days of [0, 366, 1.5]) refused(inProgress(), ev('extension.request', ASK, SELLER, { days }), 'INVALID_INPUT', 'integer.range');
    expect(run(inProgress(), ev('extension.request', ASK, SELLER, { days: 365 })).order.requests.extension?.days).toBe(365);
  });

  it('closes a pending request without effect when the seller delivers', () => {
    const result = run(asked(), ev('order.deliver', ANSWER, SELLER));
    expect(result.order).toMatchObject({ status: 'delivered', version: 4, requests: { extension: null } });
    expect(result.effects).toEqual([note('buyer', 'order.delivered', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
  });
});

describe('option.add', () => {
  it('holds the quoted payment and pushes the delivery deadline by extraDays', () => {
    const order = inProgress();
    expect(quoteExtra(order, '15.00')).toEqual({ currency: 'EUR', subtotal: '15.00', tip: '0.00', buyerFee: '0.75', total: '15.75' });
    const result = run(order, ev('option.add', ASK, BUYER, option('source', '15.00', 2, 'pay-2', '15.75')));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 3, deliveryDeadline: '2026-03-06T11:00:00.000Z', escrow: { subtotal: '65.00' } });
    expect(result.order.extras).toEqual([
      { kind: 'option', id: 'source', label: 'Source files', price: '15.00', extraDays: 2, paymentId: 'pay-2', at: '2026-03-02T10:00:00.000Z' },
    ]);
    expect(result.effects).toEqual([note('seller', 'option.added', '2026-03-02T10:00:00.000Z', 'o-1:3:0')]);
    expect(result.order.history.at(-1)).toEqual(entry(3, 'option.add', '2026-03-02T10:00:00.000Z', BUYER));
    expect(getBalances(result.order)).toEqual(money('73.25', '73.25', '0.00', '0.00', '0.00'));
  });

  it('adds the extra days of an option bought while pending to the deadline set at acceptance', () => {
    const result = run(placed(), ev('option.add', at(t0, HOUR / 2), BUYER, option('source', '15.00', 2, 'pay-2', '15.75')), ev('order.accept', ACCEPT, SELLER));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 3, deliveryDeadline: '2026-03-06T11:00:00.000Z' });
  });

  it('is AMOUNT_MISMATCH with details.expected when the payment is not the quote', () => {
    const error = refused(inProgress(), ev('option.add', ASK, BUYER, option('source', '15.00', 2, 'pay-2', '15.00')), 'AMOUNT_MISMATCH', 'payment.amountMismatch');
    expect(error.details).toMatchObject({ expected: '15.75' });
  });

  it('is CONFLICT for an id already used in the order or a payment id already used', () => {
    const order = run(inProgress(), ev('option.add', ASK, BUYER, option('source', '15.00', 0, 'pay-2', '15.75'))).order;
    refused(order, ev('option.add', ANSWER, BUYER, option('gig', '10.00', 0, 'pay-3', '10.50')), 'CONFLICT', 'option.idUsed');
    refused(order, ev('option.add', ANSWER, BUYER, option('source', '10.00', 0, 'pay-3', '10.50')), 'CONFLICT', 'option.idUsed');
    refused(order, ev('option.add', ANSWER, BUYER, option('fonts', '10.00', 0, 'pay-1', '10.50')), 'CONFLICT', 'payment.idUsed');
    refused(order, ev('option.add', ANSWER, BUYER, option('fonts', '10.00', 0, 'pay-2', '10.50')), 'CONFLICT', 'payment.idUsed');
  });

  it('accepts extraDays from 0 to 365 and refuses anything else as INVALID_INPUT', () => {
    const add = (extraDays: number) => ev('option.add', ASK, BUYER, option('source', '15.00', extraDays, 'pay-2', '15.75'));
    expect(run(inProgress(), add(0)).order.deliveryDeadline).toBe('2026-03-04T11:00:00.000Z');
    expect(run(inProgress(), add(365)).order.deliveryDeadline).toBe('2027-03-04T11:00:00.000Z');
    for (const extraDays of [-1, 366, 0.5]) refused(inProgress(), add(extraDays), 'INVALID_INPUT', 'integer.range');
  });
});

describe('offer.*', () => {
  const proposed = (order = inProgress(), id = 'anim', price = '20.00') => run(order, ev('offer.propose', ASK, SELLER, offer(id, price, 3))).order;

  it('records a pending offer and tells the buyer, without touching the money', () => {
    const result = run(inProgress(), ev('offer.propose', ASK, SELLER, offer('anim', '20', 3)));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 3 });
    expect(result.order.offers).toEqual([
      { id: 'anim', label: 'Logo animation', price: '20.00', extraDays: 3, proposedAt: '2026-03-02T10:00:00.000Z', status: 'pending' },
    ]);
    expect(result.effects).toEqual([note('buyer', 'offer.proposed', '2026-03-02T10:00:00.000Z', 'o-1:3:0')]);
    expect(getBalances(result.order)).toEqual(money('57.50', '57.50', '0.00', '0.00', '0.00'));
  });

  it('adds the offer to the order when the buyer pays quoteExtra(order, price).total', () => {
    const order = proposed();
    const quote = quoteExtra(order, '20.00');
    expect(quote.total).toBe('21.00');
    const result = run(order, ev('offer.accept', ANSWER, BUYER, { offerId: 'anim', payment: { id: 'pay-2', amount: quote.total } }));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 4, deliveryDeadline: '2026-03-07T11:00:00.000Z', escrow: { subtotal: '70.00' } });
    expect(result.order.offers[0]?.status).toBe('accepted');
    expect(result.effects).toEqual([note('seller', 'offer.accepted', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
    expect(getBalances(result.order)).toEqual(money('78.50', '78.50', '0.00', '0.00', '0.00'));
  });

  it('ends the offer when the buyer declines or the seller withdraws it', () => {
    const declined = run(proposed(), ev('offer.decline', ANSWER, BUYER, { offerId: 'anim' }));
    expect(declined.order.offers[0]?.status).toBe('declined');
    expect(declined.effects).toEqual([note('seller', 'offer.declined', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
    const withdrawn = run(proposed(), ev('offer.withdraw', ANSWER, SELLER, { offerId: 'anim' }));
    expect(withdrawn.order.offers[0]?.status).toBe('withdrawn');
    expect(withdrawn.effects).toEqual([note('buyer', 'offer.withdrawn', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
  });

  it('is NOT_ALLOWED for an unknown or no longer pending offerId', () => {
    const declined = run(proposed(), ev('offer.decline', ANSWER, BUYER, { offerId: 'anim' })).order;
    for (const order of [proposed(), declined]) {
      const target = order === declined ? 'anim' : 'nope';
      refused(order, ev('offer.accept', ANSWER, BUYER, { offerId: target, payment: { id: 'pay-2', amount: '21.00' } }), 'NOT_ALLOWED', 'offer.notPending');
      refused(order, ev('offer.decline', ANSWER, BUYER, { offerId: target }), 'NOT_ALLOWED', 'offer.notPending');
      refused(order, ev('offer.withdraw', ANSWER, SELLER, { offerId: target }), 'NOT_ALLOWED', 'offer.notPending');
    }
  });

  it('is CONFLICT for a reused offer id and AMOUNT_MISMATCH for a wrong payment', () => {
    refused(proposed(), ev('offer.propose', ANSWER, SELLER, offer('anim', '5.00', 0)), 'CONFLICT', 'offer.idUsed');
    refused(proposed(), ev('offer.propose', ANSWER, SELLER, offer('express', '5.00', 0)), 'CONFLICT', 'offer.idUsed');
    const error = refused(proposed(), ev('offer.accept', ANSWER, BUYER, { offerId: 'anim', payment: { id: 'pay-2', amount: '20.00' } }), 'AMOUNT_MISMATCH', 'payment.amountMismatch');
    expect(error.details).toMatchObject({ expected: '21.00' });
  });

  it('keeps several offers pending at once, each quoted on the cumulative subtotal', () => {
    const order = proposed(proposed(), 'fonts', '15.00');
    expect(order.offers.map((o) => [o.id, o.status])).toEqual([['anim', 'pending'], ['fonts', 'pending']]);
    const first = run(order, ev('offer.accept', ANSWER, BUYER, { offerId: 'anim', payment: { id: 'pay-2', amount: '21.00' } })).order;
    expect(quoteExtra(first, '15.00').total).toBe('15.75');
    const both = run(first, ev('offer.accept', ANSWER, BUYER, { offerId: 'fonts', payment: { id: 'pay-3', amount: '15.75' } })).order;
    expect(both.offers.map((o) => [o.id, o.status])).toEqual([['anim', 'accepted'], ['fonts', 'accepted']]);
    expect(getBalances(both)).toEqual(money('94.25', '94.25', '0.00', '0.00', '0.00'));
  });

  it('sends a delivered order back to inProgress with deadline max(deadline, at) + extraDays', () => {
    const order = run(delivered(), ev('offer.propose', '2026-03-05T10:00:00Z', SELLER, offer('anim', '20.00', 3))).order;
    const result = run(order, ev('offer.accept', '2026-03-05T12:00:00Z', BUYER, { offerId: 'anim', payment: { id: 'pay-2', amount: '21.00' } }));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 5, reviewDeadline: null, deliveryDeadline: '2026-03-08T12:00:00.000Z', lateSince: null });
    expect(result.effects).toEqual([note('seller', 'offer.accepted', '2026-03-05T12:00:00.000Z', 'o-1:5:0')]);
  });
});

describe('refund.*', () => {
  const proposed = (amount = '10.00', overrides = {}) => run(inProgress(overrides), ev('refund.propose', ASK, BUYER, { amount, reason: 'Only half the logos' })).order;
  const accepted = (overrides = {}) => run(proposed('10.00', overrides), ev('refund.accept', ANSWER, SELLER));

  it('records the proposal and tells the other party', () => {
    const result = run(inProgress(), ev('refund.propose', ASK, BUYER, { amount: '10', reason: 'Only half the logos' }));
    expect(result.order.requests.refund).toEqual({ by: BUYER, amount: '10.00', at: '2026-03-02T10:00:00.000Z', reason: 'Only half the logos' });
    expect(result.effects).toEqual([note('seller', 'refund.proposed', '2026-03-02T10:00:00.000Z', 'o-1:3:0')]);
    expect(result.order.version).toBe(3);
  });

  it('refunds R plus the proportional buyer fee on acceptance: R = 10.00 on S = 50.00, F = 2.50 → 10.50', () => {
    const result = accepted();
    expect(result.order).toMatchObject({ status: 'inProgress', version: 4, requests: { refund: null }, escrow: { refundedItems: '10.00', refundedBuyerFee: '0.50' } });
    expect(result.effects).toEqual([
      refundOf('pay-1', '10.50', 'refund.accept', '2026-03-02T12:00:00.000Z', 'o-1:4:0'),
      note('buyer', 'refund.accepted', '2026-03-02T12:00:00.000Z', 'o-1:4:1'),
    ]);
    expect(getBalances(result.order)).toEqual(money('57.50', '47.00', '10.50', '0.00', '0.00'));
  });

  it('refunds R only with refundBuyerFee.onPartialRefund "none"', () => {
    const result = accepted({ policy: policy({ refundBuyerFee: { onCancel: true, onPartialRefund: 'none' } }) });
    expect(result.effects[0]).toEqual(refundOf('pay-1', '10.00', 'refund.accept', '2026-03-02T12:00:00.000Z', 'o-1:4:0'));
    expect(getBalances(result.order)).toEqual(money('57.50', '47.50', '10.00', '0.00', '0.00'));
  });

  it('pays E = S − R minus commission at a later completion', () => {
    const result = run(accepted().order, ev('order.deliver', at(t0, 2 * DAY), SELLER), ev('order.complete', at(t0, 3 * DAY), BUYER));
    expect(result.effects).toEqual([
      { type: 'payout', sellerId: 's-1', amount: '37.00', currency: 'EUR', at: '2026-03-04T10:00:00.000Z', idempotencyKey: 'o-1:6:0' },
      {
        type: 'revenue', amount: '10.00', currency: 'EUR', at: '2026-03-04T10:00:00.000Z', idempotencyKey: 'o-1:6:1',
        breakdown: { commission: '8.00', tipCommission: '0.00', buyerFee: '2.00', forfeited: '0.00' },
      },
      note('seller', 'order.completed', '2026-03-04T10:00:00.000Z', 'o-1:6:2'),
    ]);
    expect(getBalances(result.order)).toEqual(money('57.50', '0.00', '10.50', '37.00', '10.00'));
  });

  it('closes the proposal when declined or withdrawn', () => {
    const declined = run(proposed(), ev('refund.decline', ANSWER, SELLER));
    expect(declined.order).toMatchObject({ version: 4, requests: { refund: null } });
    expect(declined.effects).toEqual([note('buyer', 'refund.declined', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
    const withdrawn = run(proposed(), ev('refund.withdraw', ANSWER, BUYER));
    expect(withdrawn.effects).toEqual([note('seller', 'refund.withdrawn', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
    expect(getBalances(withdrawn.order)).toEqual(money('57.50', '57.50', '0.00', '0.00', '0.00'));
  });

  it('is NOT_ALLOWED to answer your own proposal or withdraw another\'s, CONFLICT to propose twice', () => {
    refused(proposed(), ev('refund.accept', ANSWER, BUYER), 'NOT_ALLOWED', 'refund.ownRequest');
    refused(proposed(), ev('refund.withdraw', ANSWER, SELLER), 'NOT_ALLOWED', 'refund.notRequester');
    refused(proposed(), ev('refund.propose', ANSWER, SELLER, { amount: '5.00' }), 'CONFLICT', 'refund.alreadyPending');
  });

  it('is INVALID_INPUT unless 0 < R < S − refunds so far', () => {
    for (const amount of ['0', '50.00', '50.01', '120.00']) refused(inProgress(), ev('refund.propose', ASK, BUYER, { amount }), 'INVALID_INPUT', 'refund.outOfRange');
    expect(proposed('49.99').requests.refund?.amount).toBe('49.99');
    const after = accepted().order;
    const error = refused(after, ev('refund.propose', at(ANSWER, HOUR), SELLER, { amount: '40.00' }), 'INVALID_INPUT', 'refund.outOfRange');
    expect(error.details).toMatchObject({ below: '40.00' });
    expect(run(after, ev('refund.propose', at(ANSWER, HOUR), SELLER, { amount: '39.99' })).order.requests.refund?.amount).toBe('39.99');
  });
});

describe('final statuses and pending requests', () => {
  it('closes every pending request and offer without effects when the order is cancelled', () => {
    const busy = run(
      inProgress(),
      ev('cancellation.request', ASK, BUYER),
      ev('extension.request', ASK, SELLER, { days: 2 }),
      ev('refund.propose', ASK, SELLER, { amount: '5.00' }),
      ev('offer.propose', ASK, SELLER, offer('anim', '20.00', 3)),
    ).order;
    const result = run(busy, ev('order.cancel', ANSWER, PLATFORM));
    expect(result.order).toMatchObject({ status: 'cancelled', version: 7, requests: { cancellation: null, extension: null, refund: null } });
    expect(result.order.offers[0]?.status).toBe('closed');
    expect(result.effects).toEqual([
      refundOf('pay-1', '57.50', 'order.cancel', '2026-03-02T12:00:00.000Z', 'o-1:7:0'),
      note('buyer', 'order.cancelled', '2026-03-02T12:00:00.000Z', 'o-1:7:1'),
      note('seller', 'order.cancelled', '2026-03-02T12:00:00.000Z', 'o-1:7:2'),
    ]);
  });

  it('closes a pending cancellation request and offer without effects when the buyer completes', () => {
    const busy = run(delivered(), ev('cancellation.request', ASK, SELLER), ev('offer.propose', ASK, SELLER, offer('anim', '20.00', 3))).order;
    const result = run(busy, ev('order.complete', ANSWER, BUYER));
    expect(result.order).toMatchObject({ status: 'completed', requests: { cancellation: null } });
    expect(result.order.offers[0]?.status).toBe('closed');
    expect(result.effects.map((effect) => effect.type)).toEqual(['payout', 'revenue', 'notify']);
  });
});

describe('limits on ids and texts', () => {
  const id129 = 'x'.repeat(129);
  const text2001 = 'r'.repeat(2001);

  it('accepts ids of 128 characters and texts of 2,000', () => {
    const result = run(inProgress(), { ...ev('cancellation.request', ASK, BUYER, { reason: 'r'.repeat(2000) }), id: 'e'.repeat(128) });
    expect(result.order.eventIds).toEqual(['e'.repeat(128)]);
  });

  it('is INVALID_INPUT for an id longer than 128 characters', () => {
    const order = run(inProgress(), ev('offer.propose', ASK, SELLER, offer('anim', '20.00', 3))).order;
    refused(order, { ...ev('order.deliver', ANSWER, SELLER), id: id129 }, 'INVALID_INPUT', 'id.format');
    refused(order, ev('option.add', ANSWER, BUYER, option(id129, '15.00', 0, 'pay-2', '15.75')), 'INVALID_INPUT', 'id.format');
    refused(order, ev('option.add', ANSWER, BUYER, option('source', '15.00', 0, id129, '15.75')), 'INVALID_INPUT', 'id.format');
    refused(order, ev('offer.propose', ANSWER, SELLER, offer(id129, '20.00', 0)), 'INVALID_INPUT', 'id.format');
    refused(order, ev('offer.decline', ANSWER, BUYER, { offerId: id129 }), 'INVALID_INPUT', 'id.format');
  });

  it('is INVALID_INPUT for a reason, message or label over 2,000 characters', () => {
    refused(inProgress(), ev('cancellation.request', ASK, BUYER, { reason: text2001 }), 'INVALID_INPUT', 'text.format');
    refused(inProgress(), ev('order.deliver', ASK, SELLER, { message: text2001 }), 'INVALID_INPUT', 'text.format');
    refused(inProgress(), ev('refund.propose', ASK, SELLER, { amount: '5.00', reason: text2001 }), 'INVALID_INPUT', 'text.format');
    const label = { option: { id: 'source', label: text2001, price: '15.00', extraDays: 0 }, payment: { id: 'pay-2', amount: '15.75' } };
    refused(inProgress(), ev('option.add', ASK, BUYER, label), 'INVALID_INPUT', 'text.format');
  });
});

