import { describe, expect, it } from 'vitest';
import { getBalances, nextDeadline, type Order, type OrderEvent, type Policy, presets } from '../../src';
import { apply, BUYER, expectOk, PLATFORM, placed, run, SELLER, SYSTEM } from '../support/fixtures';
import { notify, refund, refused } from '../support/scenarioEffects';

// SPEC §5 inProgress (en cours de réalisation). The worked checkout (57.50 on pay-1), deliveryDays 3.
// Request, extension and offer rules shared with other statuses live in section3-requests.test.ts.
//   2026-03-01T10:00Z  order.placed (v1)
//   2026-03-01T12:00Z  order.accept (v2)
//   2026-03-04T12:00Z  D, the delivery deadline
//   2026-08-01T10:00Z  expiry (placedAt + P5M)

const D = '2026-03-04T12:00:00.000Z';
const SYSTEM_ACTOR = { role: 'system' };

const lateNotices = (version: number, at = D) => [
  notify('buyer', 'order.late', at, `o-1:${version}:0`),
  notify('seller', 'order.late', at, `o-1:${version}:1`),
];

function accepted(overrides: Parameters<typeof placed>[0] = {}): Order {
  return run(placed(overrides), { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: SELLER }).order;
}
const tick = (at: string): OrderEvent => ({ type: 'clock.tick', at, by: SYSTEM });
/** Marked late by a tick at D (v3). */
const late = (): Order => run(accepted(), tick(D)).order;
/** A 20.00 option: 20.00 + F(70.00) − F(50.00) = 21.00. */
const option = (at: string, extraDays: number): OrderEvent => ({
  type: 'option.add',
  at,
  by: BUYER,
  option: { id: 'opt-1', label: 'Source files', price: '20.00', extraDays },
  payment: { id: 'pay-2', amount: '21.00' },
});

describe('inProgress: order.deliver', () => {
  it('moves to delivered and opens a review window of 7 days', () => {
    const result = expectOk(
      apply(accepted(), { type: 'order.deliver', at: '2026-03-03T12:00:00Z', by: SELLER, message: 'Files attached' }),
    );
    expect(result.order.status).toBe('delivered');
    expect(result.order.version).toBe(3);
    expect(result.order.deliveredAt).toBe('2026-03-03T12:00:00.000Z');
    expect(result.order.reviewDeadline).toBe('2026-03-10T12:00:00.000Z');
    expect(result.order.lateSince).toBeNull();
    expect(result.effects).toEqual([notify('buyer', 'order.delivered', '2026-03-03T12:00:00.000Z', 'o-1:3:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 3,
      type: 'order.deliver',
      at: '2026-03-03T12:00:00.000Z',
      by: SELLER,
      message: 'Files attached',
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '57.50',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '0.00',
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-10T12:00:00.000Z', kind: 'review' });
  });

  it('opens the review window of the order policy', () => {
    const order = accepted({ policy: { ...presets.comeup, reviewWindow: 'P3D', name: 'acme' } });
    const result = expectOk(apply(order, { type: 'order.deliver', at: '2026-03-03T12:00:00Z', by: SELLER }));
    expect(result.order.reviewDeadline).toBe('2026-03-06T12:00:00.000Z');
  });
});

describe('inProgress: order.cancel', () => {
  it('refunds everything held when the seller cancels', () => {
    const result = expectOk(
      apply(accepted(), { type: 'order.cancel', at: '2026-03-02T12:00:00Z', by: SELLER, reason: 'Cannot do it' }),
    );
    expect(result.order.status).toBe('cancelled');
    expect(result.order.version).toBe(3);
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-02T12:00:00.000Z', 'o-1:3:0'),
      notify('buyer', 'order.cancelled', '2026-03-02T12:00:00.000Z', 'o-1:3:1'),
    ]);
    expect(result.order.history.at(-1)).toEqual({
      version: 3,
      type: 'order.cancel',
      at: '2026-03-02T12:00:00.000Z',
      by: SELLER,
      reason: 'Cannot do it',
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

  it('refunds everything held when the platform cancels, and tells both parties', () => {
    const result = expectOk(apply(accepted(), { type: 'order.cancel', at: '2026-03-02T12:00:00Z', by: PLATFORM }));
    expect(result.order.status).toBe('cancelled');
    expect(result.order.version).toBe(3);
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-02T12:00:00.000Z', 'o-1:3:0'),
      notify('buyer', 'order.cancelled', '2026-03-02T12:00:00.000Z', 'o-1:3:1'),
      notify('seller', 'order.cancelled', '2026-03-02T12:00:00.000Z', 'o-1:3:2'),
    ]);
    expect(result.order.history.at(-1)).toEqual({
      version: 3,
      type: 'order.cancel',
      at: '2026-03-02T12:00:00.000Z',
      by: PLATFORM,
    });
  });

  it('is TOO_EARLY for the buyer before the delivery deadline, with the instant in details.from and the message', () => {
    const error = refused(accepted(), { type: 'order.cancel', at: '2026-03-04T11:59:59.999Z', by: BUYER });
    expect(error.code).toBe('TOO_EARLY');
    expect(error.details).toEqual({ rule: 'cancel.beforeLate', from: '2026-03-04T12:00:00.000Z' });
    expect(error.message).toContain('2026-03-04T12:00:00.000Z');
  });

  it('lets the buyer cancel alone at exactly the delivery deadline: late first, then a full refund', () => {
    const result = expectOk(apply(accepted(), { type: 'order.cancel', at: '2026-03-04T12:00:00Z', by: BUYER }));
    expect(result.order.status).toBe('cancelled');
    expect(result.order.version).toBe(3);
    expect(result.order.lateSince).toBe(D);
    expect(result.effects).toEqual([
      ...lateNotices(3),
      refund('pay-1', '57.50', 'order.cancel', D, 'o-1:3:2'),
      notify('seller', 'order.cancelled', D, 'o-1:3:3'),
    ]);
    expect(result.order.history.slice(-2)).toEqual([
      { version: 3, type: 'deadline.delivery', at: D, by: SYSTEM_ACTOR },
      { version: 3, type: 'order.cancel', at: D, by: BUYER },
    ]);
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '57.50',
      paidOut: '0.00',
      revenue: '0.00',
    });
  });

  it('is TOO_EARLY for the buyer until the new deadline once an accepted extension cleared the late mark', () => {
    const extended = run(
      late(),
      { type: 'extension.request', at: '2026-03-04T13:00:00Z', by: SELLER, days: 2 },
      { type: 'extension.accept', at: '2026-03-04T14:00:00Z', by: BUYER },
    ).order;
    const error = refused(extended, { type: 'order.cancel', at: '2026-03-05T12:00:00Z', by: BUYER });
    expect(error.code).toBe('TOO_EARLY');
    expect(error.details).toEqual({ rule: 'cancel.beforeLate', from: '2026-03-06T12:00:00.000Z' });
  });

  it('lets the buyer cancel alone while late after an extension that left the deadline behind', () => {
    const extended = run(
      late(),
      { type: 'extension.request', at: '2026-03-05T13:00:00Z', by: SELLER, days: 1 },
      { type: 'extension.accept', at: '2026-03-05T14:00:00Z', by: BUYER },
    ).order;
    const result = expectOk(apply(extended, { type: 'order.cancel', at: '2026-03-05T15:00:00Z', by: BUYER }));
    expect(result.order.status).toBe('cancelled');
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-05T15:00:00.000Z', 'o-1:6:0'),
      notify('seller', 'order.cancelled', '2026-03-05T15:00:00.000Z', 'o-1:6:1'),
    ]);
  });

  describe('with a late grace (policy fiverr-like, lateGrace P1D)', () => {
    const fiverrLike: Policy = { ...presets.comeup, lateGrace: 'P1D', name: 'fiverr-like' };

    it('is TOO_EARLY for the buyer at the delivery deadline, from deadline + lateGrace', () => {
      const order = accepted({ policy: fiverrLike });
      const error = refused(order, { type: 'order.cancel', at: '2026-03-05T11:59:59.999Z', by: BUYER });
      expect(error.code).toBe('TOO_EARLY');
      expect(error.details).toEqual({ rule: 'cancel.beforeLate', from: '2026-03-05T12:00:00.000Z' });
      expect(error.message).toContain('2026-03-05T12:00:00.000Z');
      expect(order.status).toBe('inProgress');
      expect(order.lateSince).toBeNull();
    });

    it('lets the buyer cancel alone at exactly deadline + lateGrace; the late mark stays dated at the deadline', () => {
      const result = expectOk(
        apply(accepted({ policy: fiverrLike }), { type: 'order.cancel', at: '2026-03-05T12:00:00Z', by: BUYER }),
      );
      expect(result.order.status).toBe('cancelled');
      expect(result.order.version).toBe(3);
      expect(result.order.lateSince).toBe(D);
      expect(result.effects).toEqual([
        ...lateNotices(3),
        refund('pay-1', '57.50', 'order.cancel', '2026-03-05T12:00:00.000Z', 'o-1:3:2'),
        notify('seller', 'order.cancelled', '2026-03-05T12:00:00.000Z', 'o-1:3:3'),
      ]);
    });
  });
});

describe('inProgress: delivery deadline reached', () => {
  it('marks the order late on a tick at the deadline and tells both parties', () => {
    const result = expectOk(apply(accepted(), tick(D)));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.version).toBe(3);
    expect(result.order.lateSince).toBe(D);
    expect(result.order.deliveryDeadline).toBe(D);
    expect(result.effects).toEqual(lateNotices(3));
    expect(result.order.history.at(-1)).toEqual({ version: 3, type: 'deadline.delivery', at: D, by: SYSTEM_ACTOR });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '57.50',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '0.00',
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-08-01T10:00:00.000Z', kind: 'expiry' });
  });

  it('changes nothing on a tick one millisecond before the deadline', () => {
    const order = accepted();
    const result = expectOk(apply(order, tick('2026-03-04T11:59:59.999Z')));
    expect(result.order).toEqual(order);
    expect(result.effects).toEqual([]);
  });

  it('adds nothing on a second tick once late: same order, same version', () => {
    const order = late();
    const result = expectOk(apply(order, tick('2026-03-06T12:00:00Z')));
    expect(result.order).toEqual(order);
    expect(result.order.version).toBe(3);
    expect(result.effects).toEqual([]);
  });

  it('dates the late mark at the deadline when a later tick applies it', () => {
    const result = expectOk(apply(accepted(), tick('2026-03-06T08:00:00Z')));
    expect(result.order.lateSince).toBe(D);
    expect(result.effects).toEqual(lateNotices(3));
    expect(result.order.history.at(-1)).toEqual({ version: 3, type: 'deadline.delivery', at: D, by: SYSTEM_ACTOR });
  });

  it('applies the late mark before a later seller event, in the same version', () => {
    const result = expectOk(apply(accepted(), { type: 'order.deliver', at: '2026-03-04T13:00:00Z', by: SELLER }));
    expect(result.order.status).toBe('delivered');
    expect(result.order.version).toBe(3);
    expect(result.order.lateSince).toBe(D);
    expect(result.order.reviewDeadline).toBe('2026-03-11T13:00:00.000Z');
    expect(result.effects).toEqual([
      ...lateNotices(3),
      notify('buyer', 'order.delivered', '2026-03-04T13:00:00.000Z', 'o-1:3:2'),
    ]);
    expect(result.order.history.slice(-2)).toEqual([
      { version: 3, type: 'deadline.delivery', at: D, by: SYSTEM_ACTOR },
      { version: 3, type: 'order.deliver', at: '2026-03-04T13:00:00.000Z', by: SELLER },
    ]);
  });

  it("keeps the caller's order unmarked when the event after the deadline is refused", () => {
    const order = accepted();
    const error = refused(order, { type: 'order.complete', at: '2026-03-04T13:00:00Z', by: BUYER });
    expect(error.code).toBe('NOT_ALLOWED');
    expect(order.lateSince).toBeNull();
    expect(order.version).toBe(2);
  });

  it('keeps lateSince as a record when delivering late', () => {
    const result = expectOk(apply(late(), { type: 'order.deliver', at: '2026-03-05T12:00:00Z', by: SELLER }));
    expect(result.order.status).toBe('delivered');
    expect(result.order.version).toBe(4);
    expect(result.order.lateSince).toBe(D);
    expect(result.order.reviewDeadline).toBe('2026-03-12T12:00:00.000Z');
    expect(result.effects).toEqual([notify('buyer', 'order.delivered', '2026-03-05T12:00:00.000Z', 'o-1:4:0')]);
  });

  it('clears the late mark when an accepted extension sets a deadline ahead, and notifies a later lateness again', () => {
    const extended = run(late(), { type: 'extension.request', at: '2026-03-04T13:00:00Z', by: SELLER, days: 2 });
    const result = expectOk(apply(extended.order, { type: 'extension.accept', at: '2026-03-04T14:00:00Z', by: BUYER }));
    expect(result.order.version).toBe(5);
    expect(result.order.deliveryDeadline).toBe('2026-03-06T12:00:00.000Z');
    expect(result.order.lateSince).toBeNull();
    expect(result.effects).toEqual([notify('seller', 'extension.accepted', '2026-03-04T14:00:00.000Z', 'o-1:5:0')]);
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-06T12:00:00.000Z', kind: 'delivery' });

    const lateAgain = expectOk(apply(result.order, tick('2026-03-06T12:00:00Z')));
    expect(lateAgain.order.version).toBe(6);
    expect(lateAgain.order.lateSince).toBe('2026-03-06T12:00:00.000Z');
    expect(lateAgain.effects).toEqual(lateNotices(6, '2026-03-06T12:00:00.000Z'));
  });

  it('clears the late mark when an option with extraDays sets a deadline ahead', () => {
    const result = expectOk(apply(late(), option('2026-03-04T13:00:00Z', 2)));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.version).toBe(4);
    expect(result.order.deliveryDeadline).toBe('2026-03-06T12:00:00.000Z');
    expect(result.order.lateSince).toBeNull();
    expect(result.effects).toEqual([notify('seller', 'option.added', '2026-03-04T13:00:00.000Z', 'o-1:4:0')]);
  });

  it('keeps the late mark when an option with 0 extraDays leaves the deadline in the past', () => {
    const result = expectOk(apply(late(), option('2026-03-04T13:00:00Z', 0)));
    expect(result.order.deliveryDeadline).toBe(D);
    expect(result.order.lateSince).toBe(D);
    expect(result.effects).toEqual([notify('seller', 'option.added', '2026-03-04T13:00:00.000Z', 'o-1:4:0')]);
  });
});

describe('inProgress: option.add', () => {
  it('holds the option payment and pushes the deadline by its extraDays', () => {
    const result = expectOk(apply(accepted(), option('2026-03-02T12:00:00Z', 2)));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.version).toBe(3);
    expect(result.order.deliveryDeadline).toBe('2026-03-06T12:00:00.000Z');
    expect(result.effects).toEqual([notify('seller', 'option.added', '2026-03-02T12:00:00.000Z', 'o-1:3:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 3,
      type: 'option.add',
      at: '2026-03-02T12:00:00.000Z',
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
  });
});

describe('inProgress: expiry (P5M)', () => {
  it('applies the late mark then forfeits everything held to the platform in one tick and one version', () => {
    const result = expectOk(apply(accepted(), tick('2026-08-01T10:00:00Z')));
    expect(result.order.status).toBe('expired');
    expect(result.order.version).toBe(3);
    expect(result.effects).toEqual([
      ...lateNotices(3),
      {
        type: 'revenue',
        amount: '57.50',
        currency: 'EUR',
        at: '2026-08-01T10:00:00.000Z',
        orderId: 'o-1',
        version: 3,
        index: 2,
        idempotencyKey: 'o-1:3:2',
        breakdown: { commission: '0.00', tipCommission: '0.00', buyerFee: '0.00', forfeited: '57.50' },
      },
      notify('buyer', 'order.expired', '2026-08-01T10:00:00.000Z', 'o-1:3:3'),
      notify('seller', 'order.expired', '2026-08-01T10:00:00.000Z', 'o-1:3:4'),
    ]);
    expect(result.order.history.slice(-2)).toEqual([
      { version: 3, type: 'deadline.delivery', at: D, by: SYSTEM_ACTOR },
      { version: 3, type: 'deadline.expiry', at: '2026-08-01T10:00:00.000Z', by: SYSTEM_ACTOR },
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

describe('inProgress: events of other statuses', () => {
  const at = '2026-03-02T12:00:00Z';
  it.each<OrderEvent>([
    { type: 'order.accept', at, by: SELLER },
    { type: 'order.decline', at, by: SELLER },
    { type: 'order.complete', at, by: BUYER },
    { type: 'revision.request', at, by: BUYER },
    { type: 'revision.accept', at, by: SELLER },
    { type: 'revision.decline', at, by: SELLER },
  ])('is NOT_ALLOWED to send $type while in progress', (event) => {
    const error = refused(accepted(), event);
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.details).toEqual({ rule: 'status.refuses', status: 'inProgress' });
  });
});
