import { describe, expect, it } from 'vitest';
import { applyEvent, getBalances, nextDeadline, type Order, type OrderEvent, presets } from '../../src';
import {
  at,
  BUYER,
  DAY,
  deepFreeze,
  ev,
  expectError,
  expectOk,
  HOUR,
  PLATFORM,
  placed,
  run,
  SELLER,
  SYSTEM,
  t0,
} from '../support/fixtures';
import { notify } from '../support/scenarioEffects';

// SPEC §6 deadlines (and §5 expiry). Timeline: placed t0 = 2026-03-01T10:00Z (acceptance window
// to 2026-03-03T10:00Z), accepted t0 + 1h (delivery deadline 2026-03-04T11:00Z), expiry 2026-08-01T10:00Z.

const tick = (when: string) => ev('clock.tick', when, SYSTEM);
const both = (event: string, when: string, version: number, first: number) => [
  notify('buyer', event, when, `o-1:${version}:${first}`),
  notify('seller', event, when, `o-1:${version}:${first + 1}`),
];
const system = (version: number, kind: string, when: string) => ({
  version,
  type: `deadline.${kind}`,
  at: when,
  by: SYSTEM,
});
const policy = (fields: object) => ({ policy: { ...presets.comeup, ...fields, name: 'x' } });

/** Applies a refused event to a frozen order: returns the error and checks the caller's order is unchanged. */
function refusal(order: Order, event: OrderEvent) {
  const before = structuredClone(order);
  const error = expectError(applyEvent(deepFreeze(order), event));
  expect(order).toEqual(before);
  return error;
}

const inProgress = (overrides = {}) => run(placed(overrides), ev('order.accept', at(t0, HOUR), SELLER)).order;
const delivered = () => run(inProgress(), ev('order.deliver', at(t0, 2 * DAY), SELLER)).order; // review 2026-03-10T10:00
const late = (overrides = {}) => run(inProgress(overrides), tick('2026-03-04T11:00:00Z')).order;

describe('nextDeadline', () => {
  it.each([
    ['pending: acceptance', () => placed(), { at: '2026-03-03T10:00:00.000Z', kind: 'acceptance' }],
    ['inProgress: delivery', () => inProgress(), { at: '2026-03-04T11:00:00.000Z', kind: 'delivery' }],
    ['inProgress, late: expiry', () => late(), { at: '2026-08-01T10:00:00.000Z', kind: 'expiry' }],
    ['delivered: review', delivered, { at: '2026-03-10T10:00:00.000Z', kind: 'review' }],
    [
      'revisionRequested: revision response',
      () => run(delivered(), ev('revision.request', at(t0, 3 * DAY), BUYER)).order,
      { at: '2026-03-06T10:00:00.000Z', kind: 'revisionResponse' },
    ],
    [
      'a cancellation request due before the review',
      () => run(delivered(), ev('cancellation.request', at(t0, 3 * DAY), BUYER)).order,
      { at: '2026-03-06T10:00:00.000Z', kind: 'cancellationResponse' },
    ],
    [
      'an extension request due before the delivery',
      () => run(inProgress(), ev('extension.request', at(t0, HOUR), SELLER, { days: 1 })).order,
      { at: '2026-03-03T11:00:00.000Z', kind: 'extensionResponse' },
    ],
  ])('answers the earliest pending deadline: %s', (_, order, expected) => {
    expect(nextDeadline(order())).toEqual(expected);
  });

  it('is null for final and disputed orders', () => {
    expect(nextDeadline(run(placed(), ev('order.decline', at(t0, HOUR), SELLER)).order)).toBeNull();
    expect(nextDeadline(run(inProgress(), ev('dispute.open', at(t0, DAY), BUYER)).order)).toBeNull();
  });
});

describe('deadlines at the same instant', () => {
  it('apply acceptance before expiry', () => {
    const order = placed(policy({ maxLifetime: 'P2D' }));
    expect(nextDeadline(order)).toEqual({ at: '2026-03-03T10:00:00.000Z', kind: 'acceptance' });
    const result = run(order, tick('2026-03-03T10:00:00Z'));
    expect(result.order).toMatchObject({ status: 'cancelled', version: 2 });
    expect(result.effects).toEqual([
      {
        type: 'refund',
        paymentId: 'pay-1',
        amount: '57.50',
        currency: 'EUR',
        reason: 'deadline.acceptance',
        at: '2026-03-03T10:00:00.000Z',
        orderId: 'o-1',
        version: 2,
        index: 0,
        idempotencyKey: 'o-1:2:0',
      },
      ...both('order.cancelled', '2026-03-03T10:00:00.000Z', 2, 1),
    ]);
    expect(result.order.history.slice(1)).toEqual([system(2, 'acceptance', '2026-03-03T10:00:00.000Z')]);
  });

  it('apply delivery, then cancellationResponse, then extensionResponse', () => {
    const order = run(
      placed({ deliveryDays: 2 }),
      ev('order.accept', t0, SELLER),
      ev('cancellation.request', t0, BUYER),
      ev('extension.request', t0, SELLER, { days: 1 }),
    ).order;
    expect(nextDeadline(order)).toEqual({ at: '2026-03-03T10:00:00.000Z', kind: 'delivery' });
    const result = run(order, tick('2026-03-03T10:00:00Z'));
    expect(result.order).toMatchObject({ status: 'inProgress', version: 5, lateSince: '2026-03-03T10:00:00.000Z' });
    expect(result.effects).toEqual([
      ...both('order.late', '2026-03-03T10:00:00.000Z', 5, 0),
      ...both('cancellation.expired', '2026-03-03T10:00:00.000Z', 5, 2),
      ...both('extension.expired', '2026-03-03T10:00:00.000Z', 5, 4),
    ]);
    expect(result.order.history.slice(4)).toEqual([
      system(5, 'delivery', '2026-03-03T10:00:00.000Z'),
      system(5, 'cancellationResponse', '2026-03-03T10:00:00.000Z'),
      system(5, 'extensionResponse', '2026-03-03T10:00:00.000Z'),
    ]);
  });

  it('apply review before cancellationResponse: the completion closes the request without effect', () => {
    const order = run(
      inProgress(policy({ reviewWindow: 'PT48H' })),
      ev('order.deliver', at(t0, DAY), SELLER),
      ev('cancellation.request', at(t0, DAY), BUYER),
    ).order;
    expect(nextDeadline(order)).toEqual({ at: '2026-03-04T10:00:00.000Z', kind: 'review' });
    const result = run(order, tick('2026-03-05T00:00:00Z'));
    expect(result.order).toMatchObject({ status: 'completed', version: 5, requests: { cancellation: null } });
    expect(result.effects.map((effect) => [effect.type, effect.type === 'notify' ? effect.event : ''])).toEqual([
      ['payout', ''],
      ['revenue', ''],
      ['notify', 'order.completed'],
      ['notify', 'order.completed'],
    ]);
    expect(result.order.history.slice(4)).toEqual([system(5, 'review', '2026-03-04T10:00:00.000Z')]);
  });

  it('apply revisionResponse before expiry', () => {
    const order = run(
      inProgress(policy({ maxLifetime: 'P4D' })),
      ev('order.deliver', at(t0, DAY), SELLER),
      ev('revision.request', at(t0, 2 * DAY), BUYER),
    ).order;
    expect(nextDeadline(order)).toEqual({ at: '2026-03-05T10:00:00.000Z', kind: 'revisionResponse' });
    const result = run(order, tick('2026-03-05T10:00:00Z'));
    expect(result.order).toMatchObject({ status: 'expired', version: 5 });
    expect(result.effects).toEqual([
      notify('buyer', 'revision.overdue', '2026-03-05T10:00:00.000Z', 'o-1:5:0'),
      {
        type: 'revenue',
        amount: '57.50',
        currency: 'EUR',
        at: '2026-03-05T10:00:00.000Z',
        orderId: 'o-1',
        version: 5,
        index: 1,
        idempotencyKey: 'o-1:5:1',
        breakdown: { commission: '0.00', tipCommission: '0.00', buyerFee: '0.00', forfeited: '57.50' },
      },
      ...both('order.expired', '2026-03-05T10:00:00.000Z', 5, 2),
    ]);
  });
});

describe('clock.tick', () => {
  it('applies several deadlines in chronological order, each at its own instant, with one version bump', () => {
    const order = run(inProgress(), ev('cancellation.request', at(t0, 2 * HOUR), BUYER)).order; // answer by 2026-03-03T12:00
    const result = run(order, tick('2026-03-05T00:00:00Z'));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 4,
      lateSince: '2026-03-04T11:00:00.000Z',
      requests: { cancellation: null },
    });
    expect(result.effects).toEqual([
      ...both('cancellation.expired', '2026-03-03T12:00:00.000Z', 4, 0),
      ...both('order.late', '2026-03-04T11:00:00.000Z', 4, 2),
    ]);
    expect(result.order.history.slice(3)).toEqual([
      system(4, 'cancellationResponse', '2026-03-03T12:00:00.000Z'),
      system(4, 'delivery', '2026-03-04T11:00:00.000Z'),
    ]);
  });

  it('dates its change at the last deadline applied, not at the tick', () => {
    const ticked = run(inProgress(), tick('2026-03-05T00:00:00Z')).order;
    expect(run(ticked, ev('order.deliver', '2026-03-04T12:00:00Z', SELLER)).order.status).toBe('delivered');
  });

  it('is ok with no change and no version bump before any deadline, and with an old at', () => {
    const order = inProgress();
    for (const when of ['2026-03-04T10:59:59.999Z', '2026-02-01T00:00:00Z']) {
      const result = expectOk(applyEvent(deepFreeze(order), tick(when)));
      expect(result).toEqual({ ok: true, order, effects: [] });
    }
  });

  it('notifies lateness once: a second tick after the deadline changes nothing', () => {
    const once = late();
    expect(expectOk(applyEvent(once, tick('2026-03-06T00:00:00Z')))).toEqual({ ok: true, order: once, effects: [] });
  });
});

describe('deadlines due before a party event', () => {
  it('are applied first: the seller accepting after the acceptance window gets ORDER_CLOSED', () => {
    const order = placed();
    const error = refusal(order, ev('order.accept', '2026-03-03T10:00:00Z', SELLER));
    expect(error).toMatchObject({ code: 'ORDER_CLOSED', details: { rule: 'order.closed', status: 'cancelled' } });
    expect(order).toMatchObject({ status: 'pending', version: 1 });
    expect(run(order, tick('2026-03-03T11:00:00Z')).order).toMatchObject({ status: 'cancelled', version: 2 });
  });

  it('are applied first: the buyer cancels an unticked late order, and both transitions share one version', () => {
    const order = inProgress();
    const early = refusal(order, ev('order.cancel', '2026-03-04T10:59:59.999Z', BUYER));
    expect(early).toMatchObject({
      code: 'TOO_EARLY',
      details: { rule: 'cancel.beforeLate', from: '2026-03-04T11:00:00.000Z' },
    });
    const result = run(order, ev('order.cancel', '2026-03-04T12:00:00Z', BUYER));
    expect(result.order).toMatchObject({ status: 'cancelled', version: 3, lateSince: '2026-03-04T11:00:00.000Z' });
    expect(result.effects).toEqual([
      ...both('order.late', '2026-03-04T11:00:00.000Z', 3, 0),
      {
        type: 'refund',
        paymentId: 'pay-1',
        amount: '57.50',
        currency: 'EUR',
        reason: 'order.cancel',
        at: '2026-03-04T12:00:00.000Z',
        orderId: 'o-1',
        version: 3,
        index: 2,
        idempotencyKey: 'o-1:3:2',
      },
      notify('seller', 'order.cancelled', '2026-03-04T12:00:00.000Z', 'o-1:3:3'),
    ]);
    expect(result.order.history.slice(2)).toEqual([
      system(3, 'delivery', '2026-03-04T11:00:00.000Z'),
      { version: 3, type: 'order.cancel', at: '2026-03-04T12:00:00.000Z', by: BUYER },
    ]);
  });

  it('are applied first: a late delivery keeps lateSince as a record', () => {
    const result = run(inProgress(), ev('order.deliver', '2026-03-05T10:00:00Z', SELLER));
    expect(result.order).toMatchObject({
      status: 'delivered',
      version: 3,
      lateSince: '2026-03-04T11:00:00.000Z',
      reviewDeadline: '2026-03-12T10:00:00.000Z',
    });
    expect(result.effects).toEqual([
      ...both('order.late', '2026-03-04T11:00:00.000Z', 3, 0),
      notify('buyer', 'order.delivered', '2026-03-05T10:00:00.000Z', 'o-1:3:2'),
    ]);
  });

  it('are applied first: the buyer completing after the review window gets ORDER_CLOSED', () => {
    const error = refusal(delivered(), ev('order.complete', '2026-03-10T10:00:00Z', BUYER));
    expect(error).toMatchObject({ code: 'ORDER_CLOSED', details: { rule: 'order.closed', status: 'completed' } });
  });
});

describe('expiry', () => {
  const lateFrom = (placedAt: string, overrides = {}) => {
    const order = run(placed({ placedAt, ...overrides }), ev('order.accept', placedAt, SELLER)).order;
    return run(order, tick(at(placedAt, 3 * DAY))).order;
  };

  it.each([
    ['2025-10-31T12:00:00Z', '2026-03-31T12:00:00.000Z'],
    ['2025-09-30T08:00:00Z', '2026-02-28T08:00:00.000Z'],
    ['2026-01-31T10:00:00Z', '2026-06-30T10:00:00.000Z'],
  ])('falls P5M after placedAt %s, in calendar months clamped to the end of the month: %s', (placedAt, expected) => {
    expect(nextDeadline(lateFrom(placedAt))).toEqual({ at: expected, kind: 'expiry' });
  });

  it('forfeits everything held to the platform as breakdown.forfeited', () => {
    const order = lateFrom('2025-10-31T12:00:00Z');
    expect(run(order, tick('2026-03-31T11:59:59.999Z')).order).toEqual(order);
    const result = run(order, tick('2026-03-31T12:00:00Z'));
    expect(result.order).toMatchObject({ status: 'expired', version: 4 });
    expect(result.effects).toEqual([
      {
        type: 'revenue',
        amount: '57.50',
        currency: 'EUR',
        at: '2026-03-31T12:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 0,
        idempotencyKey: 'o-1:4:0',
        breakdown: { commission: '0.00', tipCommission: '0.00', buyerFee: '0.00', forfeited: '57.50' },
      },
      ...both('order.expired', '2026-03-31T12:00:00.000Z', 4, 1),
    ]);
    expect(result.order.history.at(-1)).toEqual(system(4, 'expiry', '2026-03-31T12:00:00.000Z'));
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '57.50',
    });
  });

  it('refunds everything with onExpiry "refund"', () => {
    const result = run(late(policy({ onExpiry: 'refund' })), tick('2026-08-01T10:00:00Z'));
    expect(result.order.status).toBe('expired');
    expect(result.effects).toEqual([
      {
        type: 'refund',
        paymentId: 'pay-1',
        amount: '57.50',
        currency: 'EUR',
        reason: 'deadline.expiry',
        at: '2026-08-01T10:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 0,
        idempotencyKey: 'o-1:4:0',
      },
      ...both('order.expired', '2026-08-01T10:00:00.000Z', 4, 1),
    ]);
  });

  it('releases normally with onExpiry "release"', () => {
    const result = run(late(policy({ onExpiry: 'release' })), tick('2026-08-01T10:00:00Z'));
    expect(result.order.status).toBe('expired');
    expect(result.effects).toEqual([
      {
        type: 'payout',
        sellerId: 's-1',
        amount: '45.00',
        currency: 'EUR',
        at: '2026-08-01T10:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 0,
        idempotencyKey: 'o-1:4:0',
      },
      {
        type: 'revenue',
        amount: '12.50',
        currency: 'EUR',
        at: '2026-08-01T10:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 1,
        idempotencyKey: 'o-1:4:1',
        breakdown: { commission: '10.00', tipCommission: '0.00', buyerFee: '2.50', forfeited: '0.00' },
      },
      ...both('order.expired', '2026-08-01T10:00:00.000Z', 4, 2),
    ]);
  });

  it('never happens with maxLifetime null', () => {
    const order = late(policy({ maxLifetime: null }));
    expect(nextDeadline(order)).toBeNull();
    expect(run(order, tick('2031-01-01T00:00:00Z')).order).toEqual(order);
  });

  it('never happens while disputed, and the platform can still act afterwards', () => {
    const frozen = run(late(), ev('dispute.open', '2026-07-01T10:00:00Z', BUYER)).order;
    const result = run(frozen, tick('2026-12-01T00:00:00Z'));
    expect(result.order).toEqual(frozen);
    expect(run(frozen, ev('order.cancel', '2026-12-01T00:00:00Z', PLATFORM)).order.status).toBe('cancelled');
  });
});
