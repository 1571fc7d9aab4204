import { describe, expect, it } from 'vitest';
import { getBalances, nextDeadline, type Order, type OrderEvent, presets } from '../../src';
import { apply, BUYER, expectOk, PLATFORM, placed, run, SELLER, SYSTEM } from '../support/fixtures';
import { notify, refund, refused } from '../support/scenarioEffects';

// SPEC §5 revisionRequested (demande de retouche: the seller has 48 h). The worked checkout:
//
//   2026-03-01T10:00Z  order.placed (v1)
//   2026-03-01T12:00Z  order.accept (v2)        D = 2026-03-04T12:00Z
//   2026-03-03T12:00Z  order.deliver (v3)       review deadline 2026-03-10T12:00Z
//   2026-03-04T12:00Z  revision.request (v4)    answer due RR = 2026-03-06T12:00Z

const D = '2026-03-04T12:00:00.000Z';
const RR = '2026-03-06T12:00:00.000Z';
const SYSTEM_ACTOR = { role: 'system' };

const accept: OrderEvent = { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: SELLER };
const deliver = (at: string): OrderEvent => ({ type: 'order.deliver', at, by: SELLER });
const ask = (at: string): OrderEvent => ({ type: 'revision.request', at, by: BUYER, message: 'Please use blue' });
const tick = (at: string): OrderEvent => ({ type: 'clock.tick', at, by: SYSTEM });
const acceptRevision = (at: string): OrderEvent => ({ type: 'revision.accept', at, by: SELLER });
const declineRevision = (at: string): OrderEvent => ({
  type: 'revision.decline',
  at,
  by: SELLER,
  reason: 'Out of scope',
});

function requested(overrides: Parameters<typeof placed>[0] = {}): Order {
  return run(placed(overrides), accept, deliver('2026-03-03T12:00:00Z'), ask('2026-03-04T12:00:00Z')).order;
}

describe('revisionRequested: revision.accept', () => {
  it('goes back to inProgress with the deadline at acceptance + revisionDays (default deliveryDays)', () => {
    const order = requested();
    expect(order.reviewDeadline).toBeNull();
    const result = expectOk(apply(order, acceptRevision('2026-03-05T12:00:00Z')));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.version).toBe(5);
    expect(result.order.deliveryDeadline).toBe('2026-03-08T12:00:00.000Z');
    expect(result.order.revisions).toEqual({ accepted: 1, declinedSinceDelivery: false });
    expect(result.order.revisionRequest).toBeNull();
    expect(result.order.reviewDeadline).toBeNull();
    expect(result.effects).toEqual([notify('buyer', 'revision.accepted', '2026-03-05T12:00:00.000Z', 'o-1:5:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 5,
      type: 'revision.accept',
      at: '2026-03-05T12:00:00.000Z',
      by: SELLER,
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '57.50',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '0.00',
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-08T12:00:00.000Z', kind: 'delivery' });
  });

  it('uses the order revisionDays when it sets one', () => {
    const result = expectOk(apply(requested({ revisionDays: 1 }), acceptRevision('2026-03-05T12:00:00Z')));
    expect(result.order.deliveryDeadline).toBe('2026-03-06T12:00:00.000Z');
  });

  it('clears the late mark of a late delivery', () => {
    const order = run(placed(), accept, tick(D), deliver('2026-03-05T12:00:00Z'), ask('2026-03-06T12:00:00Z')).order;
    expect(order.lateSince).toBe(D);
    const result = expectOk(apply(order, acceptRevision('2026-03-06T13:00:00Z')));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.version).toBe(6);
    expect(result.order.lateSince).toBeNull();
    expect(result.order.deliveryDeadline).toBe('2026-03-09T13:00:00.000Z');
  });
});

describe('revisionRequested: revision.decline', () => {
  it('goes back to delivered with a review deadline at decline + 7 days', () => {
    const result = expectOk(apply(requested(), declineRevision('2026-03-05T12:00:00Z')));
    expect(result.order.status).toBe('delivered');
    expect(result.order.version).toBe(5);
    expect(result.order.reviewDeadline).toBe('2026-03-12T12:00:00.000Z');
    expect(result.order.revisions).toEqual({ accepted: 0, declinedSinceDelivery: true });
    expect(result.order.revisionRequest).toBeNull();
    expect(result.effects).toEqual([notify('buyer', 'revision.declined', '2026-03-05T12:00:00.000Z', 'o-1:5:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 5,
      type: 'revision.decline',
      at: '2026-03-05T12:00:00.000Z',
      by: SELLER,
      reason: 'Out of scope',
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-12T12:00:00.000Z', kind: 'review' });
  });

  it('uses the policy reviewWindowAfterRevisionDecline', () => {
    const policy = { ...presets.comeup, reviewWindowAfterRevisionDecline: 'P3D', name: 'acme' };
    const result = expectOk(apply(requested({ policy }), declineRevision('2026-03-05T12:00:00Z')));
    expect(result.order.reviewDeadline).toBe('2026-03-08T12:00:00.000Z');
  });
});

describe('revisionRequested: unanswered at 48 h', () => {
  it('stays and notifies the buyer only, revision.overdue, on a tick at the answer deadline', () => {
    const order = requested();
    expect(nextDeadline(order)).toEqual({ at: RR, kind: 'revisionResponse' });
    const result = expectOk(apply(order, tick(RR)));
    expect(result.order.status).toBe('revisionRequested');
    expect(result.order.version).toBe(5);
    expect(result.order.revisionRequest).toEqual({
      at: '2026-03-04T12:00:00.000Z',
      deadline: RR,
      overdue: true,
      message: 'Please use blue',
    });
    expect(result.effects).toEqual([notify('buyer', 'revision.overdue', RR, 'o-1:5:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 5,
      type: 'deadline.revisionResponse',
      at: RR,
      by: SYSTEM_ACTOR,
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-08-01T10:00:00.000Z', kind: 'expiry' });
  });

  it('notifies only once: a later tick changes nothing and keeps the version', () => {
    const overdue = run(requested(), tick(RR)).order;
    const result = expectOk(apply(overdue, tick('2026-03-09T12:00:00Z')));
    expect(result.order).toEqual(overdue);
    expect(result.order.version).toBe(5);
    expect(result.effects).toEqual([]);
  });

  it('changes nothing on a tick one millisecond before the answer deadline', () => {
    const order = requested();
    const result = expectOk(apply(order, tick('2026-03-06T11:59:59.999Z')));
    expect(result.order).toEqual(order);
    expect(result.effects).toEqual([]);
  });

  it('applies the overdue notice before a later seller answer, in the same version', () => {
    const result = expectOk(apply(requested(), declineRevision('2026-03-07T12:00:00Z')));
    expect(result.order.status).toBe('delivered');
    expect(result.order.version).toBe(5);
    expect(result.effects).toEqual([
      notify('buyer', 'revision.overdue', RR, 'o-1:5:0'),
      notify('buyer', 'revision.declined', '2026-03-07T12:00:00.000Z', 'o-1:5:1'),
    ]);
    expect(result.order.history.slice(-2)).toEqual([
      { version: 5, type: 'deadline.revisionResponse', at: RR, by: SYSTEM_ACTOR },
      { version: 5, type: 'revision.decline', at: '2026-03-07T12:00:00.000Z', by: SELLER, reason: 'Out of scope' },
    ]);
  });

  it('still lets the seller accept once overdue', () => {
    const overdue = run(requested(), tick(RR)).order;
    const result = expectOk(apply(overdue, acceptRevision('2026-03-07T12:00:00Z')));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.deliveryDeadline).toBe('2026-03-10T12:00:00.000Z');
    expect(result.order.revisionRequest).toBeNull();
  });

  it('does not run the review window while a revision is requested', () => {
    const result = expectOk(apply(requested(), tick('2026-03-10T12:00:00Z')));
    expect(result.order.status).toBe('revisionRequested');
    expect(result.effects).toEqual([notify('buyer', 'revision.overdue', RR, 'o-1:5:0')]);
  });

  it('expires a cancellation request due at the same instant before sending the overdue notice', () => {
    const order = run(requested(), { type: 'cancellation.request', at: '2026-03-04T12:00:00Z', by: BUYER }).order;
    expect(order.requests.cancellation?.deadline).toBe(RR);
    const result = expectOk(apply(order, tick(RR)));
    expect(result.order.status).toBe('revisionRequested');
    expect(result.order.version).toBe(6);
    expect(result.effects).toEqual([
      notify('buyer', 'cancellation.expired', RR, 'o-1:6:0'),
      notify('seller', 'cancellation.expired', RR, 'o-1:6:1'),
      notify('buyer', 'revision.overdue', RR, 'o-1:6:2'),
    ]);
    expect(result.order.history.slice(-2)).toEqual([
      { version: 6, type: 'deadline.cancellationResponse', at: RR, by: SYSTEM_ACTOR },
      { version: 6, type: 'deadline.revisionResponse', at: RR, by: SYSTEM_ACTOR },
    ]);
  });

  it('expires after P5M: overdue notice first, then everything held forfeited, in one version', () => {
    const result = expectOk(apply(requested(), tick('2026-08-01T10:00:00Z')));
    expect(result.order.status).toBe('expired');
    expect(result.order.version).toBe(5);
    expect(result.effects).toEqual([
      notify('buyer', 'revision.overdue', RR, 'o-1:5:0'),
      {
        type: 'revenue',
        amount: '57.50',
        currency: 'EUR',
        at: '2026-08-01T10:00:00.000Z',
        orderId: 'o-1',
        version: 5,
        index: 1,
        idempotencyKey: 'o-1:5:1',
        breakdown: { commission: '0.00', tipCommission: '0.00', buyerFee: '0.00', forfeited: '57.50' },
      },
      notify('buyer', 'order.expired', '2026-08-01T10:00:00.000Z', 'o-1:5:2'),
      notify('seller', 'order.expired', '2026-08-01T10:00:00.000Z', 'o-1:5:3'),
    ]);
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '57.50',
    });
  });
});

describe('revisionRequested: order.cancel', () => {
  it('is NOT_ALLOWED for the buyer, as after any delivery', () => {
    const error = refused(requested(), { type: 'order.cancel', at: '2026-03-05T12:00:00Z', by: BUYER });
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.details).toEqual({ rule: 'cancel.afterDelivery' });
  });

  it('refunds everything held when the seller cancels', () => {
    const result = expectOk(apply(requested(), { type: 'order.cancel', at: '2026-03-05T12:00:00Z', by: SELLER }));
    expect(result.order.status).toBe('cancelled');
    expect(result.order.version).toBe(5);
    expect(result.order.revisionRequest).toBeNull();
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-05T12:00:00.000Z', 'o-1:5:0'),
      notify('buyer', 'order.cancelled', '2026-03-05T12:00:00.000Z', 'o-1:5:1'),
    ]);
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '57.50',
      paidOut: '0.00',
      revenue: '0.00',
    });
    expect(nextDeadline(result.order)).toBeNull();
  });

  it('refunds everything held when the platform cancels, and tells both parties', () => {
    const result = expectOk(apply(requested(), { type: 'order.cancel', at: '2026-03-05T12:00:00Z', by: PLATFORM }));
    expect(result.order.status).toBe('cancelled');
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-05T12:00:00.000Z', 'o-1:5:0'),
      notify('buyer', 'order.cancelled', '2026-03-05T12:00:00.000Z', 'o-1:5:1'),
      notify('seller', 'order.cancelled', '2026-03-05T12:00:00.000Z', 'o-1:5:2'),
    ]);
  });
});

describe('revisionRequested: extras wait for the answer', () => {
  it('is NOT_ALLOWED to add an option until the seller answers the revision', () => {
    const error = refused(requested(), {
      type: 'option.add',
      at: '2026-03-05T12:00:00Z',
      by: BUYER,
      option: { id: 'opt-1', label: 'Source files', price: '20.00', extraDays: 2 },
      payment: { id: 'pay-2', amount: '21.00' },
    });
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.details).toEqual({ rule: 'status.refuses', status: 'revisionRequested' });
  });

  it('is NOT_ALLOWED to accept a pending offer until the seller answers the revision', () => {
    const order = run(
      placed(),
      accept,
      deliver('2026-03-03T12:00:00Z'),
      {
        type: 'offer.propose',
        at: '2026-03-03T13:00:00Z',
        by: SELLER,
        offer: { id: 'offer-1', label: 'Variant', price: '30.00', extraDays: 1 },
      },
      ask('2026-03-04T12:00:00Z'),
    ).order;
    const error = refused(order, {
      type: 'offer.accept',
      at: '2026-03-05T12:00:00Z',
      by: BUYER,
      offerId: 'offer-1',
      payment: { id: 'pay-2', amount: '31.50' },
    });
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.details).toEqual({ rule: 'status.refuses', status: 'revisionRequested' });
  });
});

describe('revisionRequested: events of other statuses', () => {
  it.each<[string, OrderEvent]>([
    ['order.deliver', deliver('2026-03-05T12:00:00Z')],
    ['order.complete', { type: 'order.complete', at: '2026-03-05T12:00:00Z', by: BUYER }],
    ['revision.request', ask('2026-03-05T12:00:00Z')],
    ['extension.request', { type: 'extension.request', at: '2026-03-05T12:00:00Z', by: SELLER, days: 1 }],
    [
      'offer.propose',
      {
        type: 'offer.propose',
        at: '2026-03-05T12:00:00Z',
        by: SELLER,
        offer: { id: 'offer-2', label: 'Variant', price: '30.00', extraDays: 1 },
      },
    ],
  ])('is NOT_ALLOWED to send %s while a revision is requested', (_type, event) => {
    const error = refused(requested(), event);
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.details).toEqual({ rule: 'status.refuses', status: 'revisionRequested' });
  });
});
