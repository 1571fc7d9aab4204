import { describe, expect, it } from 'vitest';
import type { Order } from '../../src';
import { DEADLINE_KINDS, deadlineOf, dueDeadline, earliestDeadline, shiftDeadlines } from '../../src/deadlines';
import { isRunning } from '../../src/deadlines/deadlineOf';
import { at, BUYER, DAY, delivered, disputed, HOUR, inProgress, ms, placed, run, SELLER, t0 } from './orders';

/** Every kind's instant, null where not pending. */
const all = (order: Order) => Object.fromEntries(DEADLINE_KINDS.map((kind) => [kind, deadlineOf(order, kind)]));
const none = {
  acceptance: null,
  delivery: null,
  review: null,
  cancellationResponse: null,
  extensionResponse: null,
  revisionResponse: null,
  expiry: null,
};
const EXPIRY = '2026-08-01T10:00:00.000Z'; // placed 2026-03-01T10:00Z + P5M

describe('DEADLINE_KINDS', () => {
  it('lists the kinds in SPEC §6 order, the tie-break order', () => {
    expect(DEADLINE_KINDS).toEqual([
      'acceptance',
      'delivery',
      'review',
      'cancellationResponse',
      'extensionResponse',
      'revisionResponse',
      'expiry',
    ]);
  });
});

describe('deadlineOf', () => {
  it('pending: acceptance window and expiry', () => {
    expect(all(placed())).toEqual({ ...none, acceptance: '2026-03-03T10:00:00.000Z', expiry: EXPIRY });
  });

  it('in progress: delivery, the response windows of pending requests, expiry', () => {
    const order = run(
      inProgress(),
      { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER },
      { type: 'extension.request', at: at(t0, 2 * HOUR), by: SELLER, days: 1 },
    ).order;
    expect(all(order)).toEqual({
      ...none,
      delivery: '2026-03-04T10:00:00.000Z',
      cancellationResponse: '2026-03-03T11:00:00.000Z',
      extensionResponse: '2026-03-03T12:00:00.000Z',
      expiry: EXPIRY,
    });
  });

  it('in progress and late: the delivery deadline has fired', () => {
    const late = run(inProgress(), { type: 'clock.tick', at: at(t0, 3 * DAY), by: { role: 'system' } }).order;
    expect(late.lateSince).not.toBeNull();
    expect(deadlineOf(late, 'delivery')).toBeNull();
  });

  it('delivered: the review window', () => {
    expect(all(delivered())).toEqual({ ...none, review: '2026-03-09T10:00:00.000Z', expiry: EXPIRY });
  });

  it('revision requested: the response window until the overdue notice is sent', () => {
    const asked = run(delivered(), { type: 'revision.request', at: at(t0, 2 * DAY), by: BUYER }).order;
    expect(all(asked)).toEqual({ ...none, revisionResponse: '2026-03-05T10:00:00.000Z', expiry: EXPIRY });
    const overdue = run(asked, { type: 'clock.tick', at: at(t0, 4 * DAY), by: { role: 'system' } }).order;
    expect(overdue.revisionRequest?.overdue).toBe(true);
    expect(deadlineOf(overdue, 'revisionResponse')).toBeNull();
  });

  it('disputed and final orders have no deadline, even with requests or a review date recorded', () => {
    const frozen = {
      ...disputed(),
      requests: { ...disputed().requests, cancellation: { by: BUYER, at: t0, deadline: at(t0, DAY) } },
    };
    expect(all(frozen)).toEqual(none);
    const done = run(delivered(), { type: 'order.complete', at: at(t0, 2 * DAY), by: BUYER }).order;
    expect(all({ ...done, reviewDeadline: at(t0, 9 * DAY), requests: frozen.requests })).toEqual(none);
    const cancelled = run(placed(), { type: 'order.cancel', at: t0, by: SELLER }).order;
    expect(all({ ...cancelled, requests: frozen.requests })).toEqual(none);
  });

  it('a delivery or review date in another status does not count', () => {
    expect(deadlineOf({ ...delivered(), deliveryDeadline: at(t0, DAY) }, 'delivery')).toBeNull();
    expect(deadlineOf({ ...inProgress(), reviewDeadline: at(t0, DAY) }, 'review')).toBeNull();
    const request = { at: t0, deadline: at(t0, DAY), overdue: false };
    expect(deadlineOf({ ...delivered(), revisionRequest: request }, 'revisionResponse')).toBeNull();
  });

  it('no expiry when the policy has no maxLifetime', () => {
    expect(deadlineOf({ ...placed(), expiresAt: null }, 'expiry')).toBeNull();
  });
});

describe('isRunning', () => {
  it('is false for disputed and final statuses only', () => {
    const statuses = [
      'pending',
      'inProgress',
      'delivered',
      'revisionRequested',
      'disputed',
      'completed',
      'cancelled',
      'expired',
    ] as const;
    expect(statuses.filter((status) => isRunning({ ...placed(), status }))).toEqual([
      'pending',
      'inProgress',
      'delivered',
      'revisionRequested',
    ]);
  });
});

describe('earliestDeadline and dueDeadline', () => {
  it('picks the earliest pending deadline', () => {
    expect(earliestDeadline(placed())).toEqual({ at: '2026-03-03T10:00:00.000Z', kind: 'acceptance' });
    const asked = run(inProgress(), { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER }).order;
    expect(earliestDeadline(asked)).toEqual({ at: '2026-03-03T11:00:00.000Z', kind: 'cancellationResponse' });
  });

  it('breaks a tie in SPEC §6 order, whatever the order of the fields', () => {
    const same = '2026-03-04T10:00:00.000Z';
    const tied = run(inProgress(), { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER }).order;
    const order = {
      ...tied,
      expiresAt: same,
      requests: { ...tied.requests, cancellation: { ...tied.requests.cancellation!, deadline: same } },
    };
    expect(earliestDeadline(order)).toEqual({ at: same, kind: 'delivery' });
    expect(earliestDeadline({ ...order, lateSince: same })).toEqual({ at: same, kind: 'cancellationResponse' });
  });

  it('is null when nothing is pending', () => {
    expect(earliestDeadline(disputed())).toBeNull();
    expect(dueDeadline(disputed(), ms(at(t0, 365 * DAY)))).toBeNull();
  });

  it('a deadline at D is due at D and after, not a millisecond before', () => {
    const deadline = ms('2026-03-03T10:00:00.000Z');
    expect(dueDeadline(placed(), deadline - 1)).toBeNull();
    expect(dueDeadline(placed(), deadline)).toEqual({ at: '2026-03-03T10:00:00.000Z', kind: 'acceptance' });
    expect(dueDeadline(placed(), deadline + DAY)).toEqual({ at: '2026-03-03T10:00:00.000Z', kind: 'acceptance' });
  });
});

describe('shiftDeadlines', () => {
  const shifted = (order: Order, from: Order['status']) => shiftDeadlines(order, from, HOUR);
  const plusHour = (instant: string | null) => (instant === null ? null : at(instant, HOUR));

  it('moves the delivery deadline of an order disputed in progress and not late, and the expiry', () => {
    const order = inProgress();
    expect(shifted(order, 'inProgress')).toEqual({
      ...order,
      deliveryDeadline: plusHour(order.deliveryDeadline),
      expiresAt: plusHour(order.expiresAt),
    });
  });

  it('leaves a delivery deadline that had fired, or when disputed from another status', () => {
    const late = { ...inProgress(), lateSince: at(t0, 3 * DAY) };
    expect(shifted(late, 'inProgress').deliveryDeadline).toBe(late.deliveryDeadline);
    expect(shifted(delivered(), 'delivered').deliveryDeadline).toBe(delivered().deliveryDeadline);
  });

  it('moves the review deadline of an order disputed when delivered only', () => {
    const order = delivered();
    expect(shifted(order, 'delivered').reviewDeadline).toBe(plusHour(order.reviewDeadline));
    expect(shifted(order, 'inProgress').reviewDeadline).toBe(order.reviewDeadline);
  });

  it('moves a revision response that was not overdue, when disputed from revisionRequested', () => {
    const asked = run(delivered(), { type: 'revision.request', at: at(t0, 2 * DAY), by: BUYER }).order;
    const request = asked.revisionRequest!;
    expect(shifted(asked, 'revisionRequested').revisionRequest).toEqual({
      ...request,
      deadline: plusHour(request.deadline),
    });
    expect(shifted(asked, 'delivered').revisionRequest).toBe(request);
    const overdue = { ...asked, revisionRequest: { ...request, overdue: true } };
    expect(shifted(overdue, 'revisionRequested').revisionRequest).toBe(overdue.revisionRequest);
    expect(shifted({ ...asked, revisionRequest: null }, 'revisionRequested').revisionRequest).toBeNull();
  });

  it('keeps a missing expiry missing', () => {
    expect(shifted({ ...inProgress(), expiresAt: null }, 'inProgress').expiresAt).toBeNull();
  });
});
