import { describe, expect, it } from 'vitest';
import { getBalances, nextDeadline, type Order, type OrderEvent } from '../../src';
import { apply, BUYER, expectOk, PLATFORM, placed, run, SELLER, SYSTEM } from '../support/fixtures';
import { notify, refund, refused } from '../support/scenarioEffects';

// SPEC §5 delivered (livrée: the buyer has 7 days). The worked checkout (57.50 on pay-1):
//
//   2026-03-01T10:00Z  order.placed (v1)
//   2026-03-01T12:00Z  order.accept (v2)      D = 2026-03-04T12:00Z
//   2026-03-03T12:00Z  order.deliver (v3)     R = 2026-03-10T12:00Z, the review deadline
//
// Release (§7.4): E = 50.00, C = 10.00, payout 50.00 − 10.00 + 5.00 = 45.00, revenue 10.00 + 2.50.

const R = '2026-03-10T12:00:00.000Z';
const SYSTEM_ACTOR = { role: 'system' };

const release = (at: string, version: number) => [
  {
    type: 'payout',
    sellerId: 's-1',
    amount: '45.00',
    currency: 'EUR',
    at,
    orderId: 'o-1',
    version,
    index: 0,
    idempotencyKey: `o-1:${version}:0`,
  },
  {
    type: 'revenue',
    amount: '12.50',
    currency: 'EUR',
    at,
    orderId: 'o-1',
    version,
    index: 1,
    idempotencyKey: `o-1:${version}:1`,
    breakdown: { commission: '10.00', tipCommission: '0.00', buyerFee: '2.50', forfeited: '0.00' },
  },
];
const RELEASED = {
  currency: 'EUR',
  paidIn: '57.50',
  held: '0.00',
  refunded: '0.00',
  paidOut: '45.00',
  revenue: '12.50',
};

const accept: OrderEvent = { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: SELLER };
const deliver = (at: string): OrderEvent => ({ type: 'order.deliver', at, by: SELLER });
const ask = (at: string): OrderEvent => ({ type: 'revision.request', at, by: BUYER });
const tick = (at: string): OrderEvent => ({ type: 'clock.tick', at, by: SYSTEM });
/** A 20.00 option: 20.00 + F(70.00) − F(50.00) = 21.00. */
const option = (at: string, extraDays: number): OrderEvent => ({
  type: 'option.add',
  at,
  by: BUYER,
  option: { id: 'opt-1', label: 'Source files', price: '20.00', extraDays },
  payment: { id: 'pay-2', amount: '21.00' },
});

function delivered(overrides: Parameters<typeof placed>[0] = {}): Order {
  return run(placed(overrides), accept, deliver('2026-03-03T12:00:00Z')).order;
}

describe('delivered: order.complete', () => {
  it('releases the escrow when the buyer completes: payout 45.00, revenue 12.50', () => {
    const result = expectOk(apply(delivered(), { type: 'order.complete', at: '2026-03-04T12:00:00Z', by: BUYER }));
    expect(result.order.status).toBe('completed');
    expect(result.order.version).toBe(4);
    expect(result.effects).toEqual([
      ...release('2026-03-04T12:00:00.000Z', 4),
      notify('seller', 'order.completed', '2026-03-04T12:00:00.000Z', 'o-1:4:2'),
    ]);
    expect(result.order.history.at(-1)).toEqual({
      version: 4,
      type: 'order.complete',
      at: '2026-03-04T12:00:00.000Z',
      by: BUYER,
    });
    expect(getBalances(result.order)).toEqual(RELEASED);
    expect(nextDeadline(result.order)).toBeNull();
  });
});

describe('delivered: review window (P7D)', () => {
  it('completes automatically on a tick at exactly the review deadline, with the same release', () => {
    const order = delivered();
    expect(nextDeadline(order)).toEqual({ at: R, kind: 'review' });
    const result = expectOk(apply(order, tick(R)));
    expect(result.order.status).toBe('completed');
    expect(result.order.version).toBe(4);
    expect(result.effects).toEqual([
      ...release(R, 4),
      notify('buyer', 'order.completed', R, 'o-1:4:2'),
      notify('seller', 'order.completed', R, 'o-1:4:3'),
    ]);
    expect(result.order.history.at(-1)).toEqual({ version: 4, type: 'deadline.review', at: R, by: SYSTEM_ACTOR });
    expect(getBalances(result.order)).toEqual(RELEASED);
  });

  it('changes nothing on a tick one millisecond before the review deadline', () => {
    const order = delivered();
    const result = expectOk(apply(order, tick('2026-03-10T11:59:59.999Z')));
    expect(result.order).toEqual(order);
    expect(result.effects).toEqual([]);
  });

  it('is ORDER_CLOSED for a revision requested after the review deadline; the next tick completes at the deadline', () => {
    const order = delivered();
    const error = refused(order, ask('2026-03-10T13:00:00Z'));
    expect(error.code).toBe('ORDER_CLOSED');
    expect(error.details).toEqual({ rule: 'order.closed', status: 'completed' });
    expect(order.status).toBe('delivered');

    const result = expectOk(apply(order, tick('2026-03-11T09:00:00Z')));
    expect(result.order.status).toBe('completed');
    expect(result.effects).toEqual([
      ...release(R, 4),
      notify('buyer', 'order.completed', R, 'o-1:4:2'),
      notify('seller', 'order.completed', R, 'o-1:4:3'),
    ]);
    expect(result.order.history.at(-1)).toEqual({ version: 4, type: 'deadline.review', at: R, by: SYSTEM_ACTOR });
  });
});

describe('delivered: review deadline reached by a buyer event', () => {
  it.each<[string, OrderEvent]>([
    ['order.complete', { type: 'order.complete', at: R, by: BUYER }],
    ['revision.request', ask(R)],
  ])('is ORDER_CLOSED for %s at exactly the review deadline', (_type, event) => {
    const error = refused(delivered(), event);
    expect(error.code).toBe('ORDER_CLOSED');
    expect(error.details).toEqual({ rule: 'order.closed', status: 'completed' });
  });

  it('completes at the review deadline and closes a cancellation request due at the same instant, without its expiry notice', () => {
    const asked = run(delivered(), { type: 'cancellation.request', at: '2026-03-08T12:00:00Z', by: BUYER }).order;
    expect(asked.requests.cancellation?.deadline).toBe(R);
    const result = expectOk(apply(asked, tick(R)));
    expect(result.order.status).toBe('completed');
    expect(result.order.requests.cancellation).toBeNull();
    expect(result.effects).toEqual([
      ...release(R, 5),
      notify('buyer', 'order.completed', R, 'o-1:5:2'),
      notify('seller', 'order.completed', R, 'o-1:5:3'),
    ]);
    expect(result.order.history.slice(-1)).toEqual([{ version: 5, type: 'deadline.review', at: R, by: SYSTEM_ACTOR }]);
  });
});

describe('delivered: revision.request', () => {
  it('moves to revisionRequested, gives the seller 48 h and stops the review window', () => {
    const result = expectOk(
      apply(delivered(), {
        type: 'revision.request',
        at: '2026-03-04T12:00:00Z',
        by: BUYER,
        message: 'Please use blue',
      }),
    );
    expect(result.order.status).toBe('revisionRequested');
    expect(result.order.version).toBe(4);
    expect(result.order.reviewDeadline).toBeNull();
    expect(result.order.revisionRequest).toEqual({
      at: '2026-03-04T12:00:00.000Z',
      deadline: '2026-03-06T12:00:00.000Z',
      overdue: false,
      message: 'Please use blue',
    });
    expect(result.effects).toEqual([notify('seller', 'revision.requested', '2026-03-04T12:00:00.000Z', 'o-1:4:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 4,
      type: 'revision.request',
      at: '2026-03-04T12:00:00.000Z',
      by: BUYER,
      message: 'Please use blue',
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '57.50',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '0.00',
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-06T12:00:00.000Z', kind: 'revisionResponse' });
  });

  it('is LIMIT_REACHED with maxRevisions 1 once one revision was accepted', () => {
    const order = run(
      delivered({ maxRevisions: 1 }),
      ask('2026-03-04T12:00:00Z'),
      { type: 'revision.accept', at: '2026-03-04T13:00:00Z', by: SELLER },
      deliver('2026-03-05T12:00:00Z'),
    ).order;
    expect(order.revisions).toEqual({ accepted: 1, declinedSinceDelivery: false });
    const error = refused(order, ask('2026-03-06T12:00:00Z'));
    expect(error.code).toBe('LIMIT_REACHED');
    expect(error.details).toEqual({ rule: 'revision.limitReached', limit: 1 });
  });

  it('is LIMIT_REACHED at the first request with maxRevisions 0', () => {
    const error = refused(delivered({ maxRevisions: 0 }), ask('2026-03-04T12:00:00Z'));
    expect(error.code).toBe('LIMIT_REACHED');
    expect(error.details).toEqual({ rule: 'revision.limitReached', limit: 0 });
  });

  it('allows a new request after each accepted revision when maxRevisions is null (unlimited)', () => {
    const order = run(
      delivered(),
      ask('2026-03-04T12:00:00Z'),
      { type: 'revision.accept', at: '2026-03-04T13:00:00Z', by: SELLER },
      deliver('2026-03-05T12:00:00Z'),
      ask('2026-03-05T13:00:00Z'),
      { type: 'revision.accept', at: '2026-03-05T14:00:00Z', by: SELLER },
      deliver('2026-03-06T12:00:00Z'),
    ).order;
    expect(order.revisions).toEqual({ accepted: 2, declinedSinceDelivery: false });
    const result = expectOk(apply(order, ask('2026-03-06T13:00:00Z')));
    expect(result.order.status).toBe('revisionRequested');
  });

  it('is NOT_ALLOWED after the seller declined a revision since the last delivery', () => {
    const order = run(delivered(), ask('2026-03-04T12:00:00Z'), {
      type: 'revision.decline',
      at: '2026-03-04T13:00:00Z',
      by: SELLER,
    }).order;
    expect(order.status).toBe('delivered');
    expect(order.revisions).toEqual({ accepted: 0, declinedSinceDelivery: true });
    const error = refused(order, ask('2026-03-05T12:00:00Z'));
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.details).toEqual({ rule: 'revision.declinedSinceDelivery' });
  });

  it('does not count declined revisions toward maxRevisions, and the next delivery clears the decline mark', () => {
    const redelivered = run(
      delivered({ maxRevisions: 1 }),
      ask('2026-03-04T12:00:00Z'),
      { type: 'revision.decline', at: '2026-03-04T13:00:00Z', by: SELLER },
      option('2026-03-05T12:00:00Z', 1),
      deliver('2026-03-05T18:00:00Z'),
    ).order;
    expect(redelivered.status).toBe('delivered');
    expect(redelivered.revisions).toEqual({ accepted: 0, declinedSinceDelivery: false });

    const result = expectOk(apply(redelivered, ask('2026-03-06T12:00:00Z')));
    expect(result.order.status).toBe('revisionRequested');
    expect(result.order.version).toBe(8);
    expect(result.effects).toEqual([notify('seller', 'revision.requested', '2026-03-06T12:00:00.000Z', 'o-1:8:0')]);
  });
});

describe('delivered: order.cancel', () => {
  it('is NOT_ALLOWED for the buyer after a delivery', () => {
    const error = refused(delivered(), { type: 'order.cancel', at: '2026-03-04T12:00:00Z', by: BUYER });
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.details).toEqual({ rule: 'cancel.afterDelivery' });
  });

  it('refunds everything held when the seller cancels after delivery', () => {
    const result = expectOk(apply(delivered(), { type: 'order.cancel', at: '2026-03-04T12:00:00Z', by: SELLER }));
    expect(result.order.status).toBe('cancelled');
    expect(result.order.version).toBe(4);
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-04T12:00:00.000Z', 'o-1:4:0'),
      notify('buyer', 'order.cancelled', '2026-03-04T12:00:00.000Z', 'o-1:4:1'),
    ]);
    expect(result.order.history.at(-1)).toEqual({
      version: 4,
      type: 'order.cancel',
      at: '2026-03-04T12:00:00.000Z',
      by: SELLER,
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '57.50',
      paidOut: '0.00',
      revenue: '0.00',
    });
  });

  it('refunds everything held when the platform cancels after delivery, and tells both parties', () => {
    const result = expectOk(apply(delivered(), { type: 'order.cancel', at: '2026-03-04T12:00:00Z', by: PLATFORM }));
    expect(result.order.status).toBe('cancelled');
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-04T12:00:00.000Z', 'o-1:4:0'),
      notify('buyer', 'order.cancelled', '2026-03-04T12:00:00.000Z', 'o-1:4:1'),
      notify('seller', 'order.cancelled', '2026-03-04T12:00:00.000Z', 'o-1:4:2'),
    ]);
  });
});

describe('delivered: cancellation request', () => {
  it('refunds everything held when the seller accepts a buyer request after delivery', () => {
    const asked = run(delivered(), { type: 'cancellation.request', at: '2026-03-04T12:00:00Z', by: BUYER }).order;
    expect(asked.requests.cancellation?.deadline).toBe('2026-03-06T12:00:00.000Z');
    const result = expectOk(apply(asked, { type: 'cancellation.accept', at: '2026-03-04T13:00:00Z', by: SELLER }));
    expect(result.order.status).toBe('cancelled');
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'cancellation.accept', '2026-03-04T13:00:00.000Z', 'o-1:5:0'),
      notify('buyer', 'cancellation.accepted', '2026-03-04T13:00:00.000Z', 'o-1:5:1'),
    ]);
  });
});

describe('delivered: option.add and offer.accept', () => {
  it('goes back to inProgress with deadline + extraDays when bought before the old deadline, and drops the review deadline', () => {
    const result = expectOk(apply(delivered(), option('2026-03-03T18:00:00Z', 2)));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.version).toBe(4);
    expect(result.order.deliveryDeadline).toBe('2026-03-06T12:00:00.000Z');
    expect(result.order.reviewDeadline).toBeNull();
    expect(result.effects).toEqual([notify('seller', 'option.added', '2026-03-03T18:00:00.000Z', 'o-1:4:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 4,
      type: 'option.add',
      at: '2026-03-03T18:00:00.000Z',
      by: BUYER,
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '78.50',
      held: '78.50',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '0.00',
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-06T12:00:00.000Z', kind: 'delivery' });
  });

  it('counts the extraDays from the purchase when the old deadline has passed', () => {
    const result = expectOk(apply(delivered(), option('2026-03-05T12:00:00Z', 2)));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.deliveryDeadline).toBe('2026-03-07T12:00:00.000Z');
    expect(result.order.reviewDeadline).toBeNull();
    expect(result.order.lateSince).toBeNull();
  });

  it('clears the late mark of a late delivery when an option sets a deadline ahead', () => {
    const lateDelivery = run(placed(), accept, tick('2026-03-04T12:00:00Z'), deliver('2026-03-05T12:00:00Z')).order;
    expect(lateDelivery.lateSince).toBe('2026-03-04T12:00:00.000Z');
    const result = expectOk(apply(lateDelivery, option('2026-03-05T13:00:00Z', 2)));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.deliveryDeadline).toBe('2026-03-07T13:00:00.000Z');
    expect(result.order.lateSince).toBeNull();
  });

  it('does not complete the reopened order at the old review deadline', () => {
    const reopened = run(delivered(), option('2026-03-03T18:00:00Z', 2)).order;
    const result = expectOk(apply(reopened, { type: 'order.deliver', at: '2026-03-06T11:00:00Z', by: SELLER }));
    expect(result.order.reviewDeadline).toBe('2026-03-13T11:00:00.000Z');
    const ticked = expectOk(apply(result.order, tick(R)));
    expect(ticked.order.status).toBe('delivered');
    expect(ticked.effects).toEqual([]);
  });

  it('goes back to inProgress with max(deadline, at) + extraDays when the buyer accepts an offer', () => {
    // 30.00 + F(80.00) − F(50.00) = 31.50
    const proposed = run(delivered(), {
      type: 'offer.propose',
      at: '2026-03-04T10:00:00Z',
      by: SELLER,
      offer: { id: 'offer-1', label: 'Extra logo variant', price: '30.00', extraDays: 1 },
    }).order;
    expect(proposed.status).toBe('delivered');
    const result = expectOk(
      apply(proposed, {
        type: 'offer.accept',
        at: '2026-03-04T11:00:00Z',
        by: BUYER,
        offerId: 'offer-1',
        payment: { id: 'pay-2', amount: '31.50' },
      }),
    );
    expect(result.order.status).toBe('inProgress');
    expect(result.order.version).toBe(5);
    expect(result.order.deliveryDeadline).toBe('2026-03-05T12:00:00.000Z');
    expect(result.order.reviewDeadline).toBeNull();
    expect(result.effects).toEqual([notify('seller', 'offer.accepted', '2026-03-04T11:00:00.000Z', 'o-1:5:0')]);
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '89.00',
      held: '89.00',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '0.00',
    });
  });
});

describe('delivered: events of other statuses', () => {
  it.each<[string, OrderEvent]>([
    ['order.accept', accept],
    ['order.deliver', deliver('2026-03-04T12:00:00Z')],
    ['revision.accept', { type: 'revision.accept', at: '2026-03-04T12:00:00Z', by: SELLER }],
    ['revision.decline', { type: 'revision.decline', at: '2026-03-04T12:00:00Z', by: SELLER }],
    ['extension.request', { type: 'extension.request', at: '2026-03-04T12:00:00Z', by: SELLER, days: 1 }],
  ])('is NOT_ALLOWED to send %s once delivered', (_type, event) => {
    const order = delivered();
    const error = refused(order, { ...event, at: '2026-03-04T12:00:00Z' } as OrderEvent);
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.details).toEqual({ rule: 'status.refuses', status: 'delivered' });
  });
});
