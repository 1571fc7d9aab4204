import { describe, expect, it } from 'vitest';
import { type Actor, getBalances, nextDeadline, type Order } from '../../src';
import { at, BUYER, DAY, ev, HOUR, PLATFORM, placed, refused, run, SELLER, SYSTEM, t0 } from '../support/fixtures';
import { balances, notify, refund } from '../support/scenarioEffects';

// SPEC §5 disputed. Timeline: placed t0 (v1), accepted t0 + 1h (v2): delivery deadline
// 2026-03-04T11:00Z, expiry (P5M) 2026-08-01T10:00Z.

const PARTY = { buyer: BUYER, seller: SELLER, platform: PLATFORM } as const;
const OPEN = at(t0, DAY); // 2026-03-02T10:00:00.000Z
const LATER = at(t0, 19 * DAY); // 2026-03-20T10:00:00.000Z, after every old deadline but expiry
const inProgress = () => run(placed(), ev('order.accept', at(t0, HOUR), SELLER)).order;
const disputed = (by: Actor = BUYER, order = inProgress()) =>
  run(order, ev('dispute.open', OPEN, by, { reason: 'No news' })).order;

describe('dispute.open', () => {
  it('freezes the order, records the opener and tells the other party and the platform', () => {
    const result = run(inProgress(), ev('dispute.open', OPEN, BUYER, { reason: 'No news' }));
    expect(result.order).toMatchObject({ status: 'disputed', version: 3 });
    expect(result.order.dispute).toEqual({
      openedBy: BUYER,
      openedAt: '2026-03-02T10:00:00.000Z',
      from: 'inProgress',
      reason: 'No news',
    });
    expect(result.effects).toEqual([
      notify('seller', 'dispute.opened', '2026-03-02T10:00:00.000Z', 'o-1:3:0'),
      notify('platform', 'dispute.opened', '2026-03-02T10:00:00.000Z', 'o-1:3:1'),
    ]);
    expect(result.order.history.at(-1)).toEqual({
      version: 3,
      type: 'dispute.open',
      at: '2026-03-02T10:00:00.000Z',
      by: BUYER,
      reason: 'No news',
    });
    expect(getBalances(result.order)).toEqual(balances('57.50', '57.50', '0.00', '0.00', '0.00'));
  });

  it.each([
    ['the seller', SELLER, ['buyer', 'platform']],
    ['the platform', PLATFORM, ['buyer', 'seller', 'platform']],
  ] as const)('tells the other parties and the platform when %s opens it', (_, by, recipients) => {
    const result = run(inProgress(), ev('dispute.open', OPEN, by));
    expect(result.order.dispute?.openedBy).toEqual(by);
    expect(result.effects).toEqual(
      recipients.map((to, i) => notify(to, 'dispute.opened', '2026-03-02T10:00:00.000Z', `o-1:3:${i}`)),
    );
  });

  it('withdraws every pending request and offer, without effects, and keeps accepted offers', () => {
    const busy = run(
      inProgress(),
      ev('offer.propose', at(t0, 2 * HOUR), SELLER, {
        offer: { id: 'anim', label: 'Animation', price: '20.00', extraDays: 1 },
      }),
      ev('offer.accept', at(t0, 3 * HOUR), BUYER, { offerId: 'anim', payment: { id: 'pay-2', amount: '21.00' } }),
      ev('offer.propose', at(t0, 4 * HOUR), SELLER, {
        offer: { id: 'fonts', label: 'Fonts', price: '5.00', extraDays: 0 },
      }),
      ev('cancellation.request', at(t0, 4 * HOUR), BUYER),
      ev('extension.request', at(t0, 4 * HOUR), SELLER, { days: 2 }),
      ev('refund.propose', at(t0, 4 * HOUR), SELLER, { amount: '5.00' }),
    ).order;
    const result = run(busy, ev('dispute.open', OPEN, BUYER));
    expect(result.order.requests).toEqual({ cancellation: null, extension: null, refund: null });
    expect(result.order.offers.map((o) => [o.id, o.status])).toEqual([
      ['anim', 'accepted'],
      ['fonts', 'withdrawn'],
    ]);
    expect(result.effects).toEqual([
      notify('seller', 'dispute.opened', '2026-03-02T10:00:00.000Z', 'o-1:9:0'),
      notify('platform', 'dispute.opened', '2026-03-02T10:00:00.000Z', 'o-1:9:1'),
    ]);
    const back = run(result.order, ev('dispute.withdraw', at(OPEN, HOUR), BUYER)).order;
    expect(back.requests).toEqual({ cancellation: null, extension: null, refund: null });
  });

  it('is NOT_ALLOWED outside inProgress, delivered and revisionRequested', () => {
    refused(placed(), ev('dispute.open', at(t0, HOUR), BUYER), 'NOT_ALLOWED', 'status.refuses');
  });
});

describe('while disputed', () => {
  it.each([
    ['order.deliver', 'seller', {}, 'status.refuses'],
    ['order.complete', 'buyer', {}, 'status.refuses'],
    ['revision.request', 'buyer', {}, 'status.refuses'],
    ['cancellation.request', 'buyer', {}, 'status.refuses'],
    ['cancellation.request', 'seller', {}, 'status.refuses'],
    ['extension.request', 'seller', { days: 2 }, 'status.refuses'],
    [
      'option.add',
      'buyer',
      { option: { id: 'o', label: 'O', price: '10.00', extraDays: 0 }, payment: { id: 'p-2', amount: '10.50' } },
      'status.refuses',
    ],
    ['offer.propose', 'seller', { offer: { id: 'o', label: 'O', price: '10.00', extraDays: 0 } }, 'status.refuses'],
    ['refund.propose', 'buyer', { amount: '5.00' }, 'status.refuses'],
    ['refund.propose', 'seller', { amount: '5.00' }, 'status.refuses'],
    ['order.cancel', 'buyer', {}, 'cancel.disputed'],
    ['order.cancel', 'seller', {}, 'cancel.disputed'],
    ['dispute.open', 'buyer', {}, 'status.refuses'],
    ['dispute.open', 'seller', {}, 'status.refuses'],
    ['dispute.open', 'platform', {}, 'status.refuses'],
    ['dispute.withdraw', 'seller', {}, 'dispute.notOpener'],
    ['dispute.withdraw', 'platform', {}, 'dispute.notOpener'],
  ] as const)('is NOT_ALLOWED: %s by the %s (buyer opened)', (type, by, payload, rule) => {
    refused(disputed(), ev(type, at(OPEN, HOUR), PARTY[by], payload), 'NOT_ALLOWED', rule);
  });

  it.each([
    ['dispute.resolve', 'buyer', { outcome: 'release' }],
    ['dispute.resolve', 'seller', { outcome: 'release' }],
    ['order.deliver', 'buyer', {}],
    ['order.complete', 'seller', {}],
    ['clock.tick', 'platform', {}],
  ] as const)('stays FORBIDDEN: %s by the %s, a role that may never send it', (type, by, payload) => {
    refused(disputed(), ev(type, at(OPEN, HOUR), PARTY[by], payload), 'FORBIDDEN', 'sender.role');
  });

  it('runs no deadline: nextDeadline is null and a tick past every old deadline changes nothing', () => {
    const order = disputed();
    expect(nextDeadline(order)).toBeNull();
    const result = run(order, ev('clock.tick', '2026-09-01T10:00:00Z', SYSTEM));
    expect(result.effects).toEqual([]);
    expect(result.order).toEqual(order);
  });

  it('lets the platform cancel with a full refund, and no old deadline fires first', () => {
    const result = run(disputed(), ev('order.cancel', LATER, PLATFORM));
    expect(result.order).toMatchObject({ status: 'cancelled', version: 4, dispute: null, lateSince: null });
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-20T10:00:00.000Z', 'o-1:4:0'),
      notify('buyer', 'order.cancelled', '2026-03-20T10:00:00.000Z', 'o-1:4:1'),
      notify('seller', 'order.cancelled', '2026-03-20T10:00:00.000Z', 'o-1:4:2'),
    ]);
    expect(result.order.history.at(-1)).toEqual({
      version: 4,
      type: 'order.cancel',
      at: '2026-03-20T10:00:00.000Z',
      by: PLATFORM,
    });
  });
});

describe('dispute.withdraw', () => {
  it('returns to inProgress and pushes the delivery deadline and expiry back by the time disputed', () => {
    const withdrawAt = at(OPEN, 3 * DAY); // 2026-03-05T10:00, after the old delivery deadline
    const result = run(disputed(), ev('dispute.withdraw', withdrawAt, BUYER));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 4,
      dispute: null,
      lateSince: null,
      deliveryDeadline: '2026-03-07T11:00:00.000Z',
      expiresAt: '2026-08-04T10:00:00.000Z',
    });
    expect(result.effects).toEqual([notify('seller', 'dispute.withdrawn', '2026-03-05T10:00:00.000Z', 'o-1:4:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 4,
      type: 'dispute.withdraw',
      at: '2026-03-05T10:00:00.000Z',
      by: BUYER,
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-07T11:00:00.000Z', kind: 'delivery' });
  });

  it('returns to delivered and pushes the review deadline back', () => {
    const delivered = run(inProgress(), ev('order.deliver', at(t0, 2 * DAY), SELLER)).order; // review 2026-03-10T10:00
    const frozen = run(delivered, ev('dispute.open', at(t0, 3 * DAY), SELLER)).order;
    const result = run(frozen, ev('dispute.withdraw', at(t0, 11 * DAY), SELLER));
    expect(result.order).toMatchObject({ status: 'delivered', version: 5, reviewDeadline: '2026-03-18T10:00:00.000Z' });
    expect(result.effects).toEqual([notify('buyer', 'dispute.withdrawn', '2026-03-12T10:00:00.000Z', 'o-1:5:0')]);
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-18T10:00:00.000Z', kind: 'review' });
  });

  it('returns to revisionRequested and pushes the revision response back', () => {
    const asked = run(
      inProgress(),
      ev('order.deliver', at(t0, 2 * DAY), SELLER),
      ev('revision.request', at(t0, 3 * DAY), BUYER),
    ).order;
    expect(nextDeadline(asked)).toEqual({ at: '2026-03-06T10:00:00.000Z', kind: 'revisionResponse' });
    const frozen = run(asked, ev('dispute.open', at(t0, 4 * DAY), BUYER)).order;
    const result = run(frozen, ev('dispute.withdraw', at(t0, 7 * DAY), BUYER));
    expect(result.order).toMatchObject({ status: 'revisionRequested', version: 6 });
    expect(result.order.revisionRequest?.deadline).toBe('2026-03-09T10:00:00.000Z');
    expect(result.effects).toEqual([notify('seller', 'dispute.withdrawn', '2026-03-08T10:00:00.000Z', 'o-1:6:0')]);
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-09T10:00:00.000Z', kind: 'revisionResponse' });
  });

  it('keeps a delivery deadline that had already fired and pushes only the expiry', () => {
    const late = run(inProgress(), ev('clock.tick', '2026-03-04T11:00:00Z', SYSTEM)).order;
    const frozen = run(late, ev('dispute.open', '2026-03-05T10:00:00Z', BUYER)).order;
    const result = run(frozen, ev('dispute.withdraw', '2026-03-06T10:00:00Z', BUYER));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      deliveryDeadline: '2026-03-04T11:00:00.000Z',
      lateSince: '2026-03-04T11:00:00.000Z',
      expiresAt: '2026-08-02T10:00:00.000Z',
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-08-02T10:00:00.000Z', kind: 'expiry' });
  });

  it('lets the platform withdraw a dispute it opened, telling both parties', () => {
    const result = run(disputed(PLATFORM), ev('dispute.withdraw', at(OPEN, HOUR), { role: 'platform', id: 'agent-9' }));
    expect(result.order.status).toBe('inProgress');
    expect(result.effects).toEqual([
      notify('buyer', 'dispute.withdrawn', '2026-03-02T11:00:00.000Z', 'o-1:4:0'),
      notify('seller', 'dispute.withdrawn', '2026-03-02T11:00:00.000Z', 'o-1:4:1'),
    ]);
  });
});

describe('dispute.resolve', () => {
  const resolve = (payload: object, order = disputed()) => run(order, ev('dispute.resolve', LATER, PLATFORM, payload));
  const resolved = (key: number) => [
    notify('buyer', 'dispute.resolved', '2026-03-20T10:00:00.000Z', `o-1:4:${key}`),
    notify('seller', 'dispute.resolved', '2026-03-20T10:00:00.000Z', `o-1:4:${key + 1}`),
  ];

  it('"refund" cancels with a full refund', () => {
    const result = resolve({ outcome: 'refund' });
    expect(result.order).toMatchObject({ status: 'cancelled', version: 4, dispute: null });
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'dispute.resolve', '2026-03-20T10:00:00.000Z', 'o-1:4:0'),
      ...resolved(1),
    ]);
    expect(getBalances(result.order)).toEqual(balances('57.50', '0.00', '57.50', '0.00', '0.00'));
  });

  it('"release" completes with a full release', () => {
    const result = resolve({ outcome: 'release' });
    expect(result.order).toMatchObject({ status: 'completed', version: 4, dispute: null });
    expect(result.effects).toEqual([
      {
        type: 'payout',
        sellerId: 's-1',
        amount: '45.00',
        currency: 'EUR',
        at: '2026-03-20T10:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 0,
        idempotencyKey: 'o-1:4:0',
      },
      {
        type: 'revenue',
        amount: '12.50',
        currency: 'EUR',
        at: '2026-03-20T10:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 1,
        idempotencyKey: 'o-1:4:1',
        breakdown: { commission: '10.00', tipCommission: '0.00', buyerFee: '2.50', forfeited: '0.00' },
      },
      ...resolved(2),
    ]);
    expect(getBalances(result.order)).toEqual(balances('57.50', '0.00', '0.00', '45.00', '12.50'));
  });

  it('"split" refunds R then completes: refund, payout, revenue, notifications', () => {
    const result = resolve({ outcome: 'split', refund: '10.00' });
    expect(result.order).toMatchObject({ status: 'completed', version: 4 });
    expect(result.effects).toEqual([
      refund('pay-1', '10.50', 'dispute.resolve', '2026-03-20T10:00:00.000Z', 'o-1:4:0'),
      {
        type: 'payout',
        sellerId: 's-1',
        amount: '37.00',
        currency: 'EUR',
        at: '2026-03-20T10:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 1,
        idempotencyKey: 'o-1:4:1',
      },
      {
        type: 'revenue',
        amount: '10.00',
        currency: 'EUR',
        at: '2026-03-20T10:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 2,
        idempotencyKey: 'o-1:4:2',
        breakdown: { commission: '8.00', tipCommission: '0.00', buyerFee: '2.00', forfeited: '0.00' },
      },
      ...resolved(3),
    ]);
    expect(getBalances(result.order)).toEqual(balances('57.50', '0.00', '10.50', '37.00', '10.00'));
  });

  it('"split" with a zero refund is INVALID_INPUT, as part of the event\'s shape (amount.positive)', () => {
    refused(
      disputed(),
      ev('dispute.resolve', LATER, PLATFORM, { outcome: 'split', refund: '0' }),
      'INVALID_INPUT',
      'amount.positive',
    );
  });

  it('"split" is INVALID_INPUT unless R < S − partial refunds so far', () => {
    for (const refund of ['50.00', '70.00']) {
      refused(
        disputed(),
        ev('dispute.resolve', LATER, PLATFORM, { outcome: 'split', refund }),
        'INVALID_INPUT',
        'refund.outOfRange',
      );
    }
    const partly = run(
      inProgress(),
      ev('refund.propose', at(t0, 2 * HOUR), BUYER, { amount: '10.00' }),
      ev('refund.accept', at(t0, 3 * HOUR), SELLER),
    ).order;
    refused(
      disputed(BUYER, partly),
      ev('dispute.resolve', LATER, PLATFORM, { outcome: 'split', refund: '40.00' }),
      'INVALID_INPUT',
      'refund.outOfRange',
    );
    const split = run(
      disputed(BUYER, partly),
      ev('dispute.resolve', LATER, PLATFORM, { outcome: 'split', refund: '39.99' }),
    );
    expect(getBalances(split.order)).toEqual(balances('57.50', '0.00', '52.49', '5.01', '0.00'));
  });

  it('"restart" goes back to work: deadline = at + deliveryDays, late mark cleared, revision counts kept', () => {
    const late = run(
      inProgress(),
      ev('order.deliver', at(t0, 2 * DAY), SELLER),
      ev('revision.request', at(t0, 3 * DAY), BUYER),
      ev('revision.accept', at(t0, 3 * DAY + 2 * HOUR), SELLER), // new deadline 2026-03-07T12:00
      ev('clock.tick', '2026-03-07T12:00:00Z', SYSTEM),
    ).order;
    expect(late.lateSince).toBe('2026-03-07T12:00:00.000Z');
    const frozen = run(late, ev('dispute.open', '2026-03-08T10:00:00Z', BUYER)).order;
    const result = run(
      frozen,
      ev('dispute.resolve', '2026-03-10T10:00:00Z', PLATFORM, { outcome: 'restart', deliveryDays: 5 }),
    );
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 8,
      dispute: null,
      lateSince: null,
      deliveryDeadline: '2026-03-15T10:00:00.000Z',
      revisions: { accepted: 1, declinedSinceDelivery: false },
      expiresAt: '2026-08-03T10:00:00.000Z',
    });
    expect(result.effects).toEqual([
      notify('buyer', 'dispute.resolved', '2026-03-10T10:00:00.000Z', 'o-1:8:0'),
      notify('seller', 'dispute.resolved', '2026-03-10T10:00:00.000Z', 'o-1:8:1'),
    ]);
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-15T10:00:00.000Z', kind: 'delivery' });
  });

  it('"restart" is INVALID_INPUT for deliveryDays outside 1–365', () => {
    for (const deliveryDays of [0, 366])
      refused(
        disputed(),
        ev('dispute.resolve', LATER, PLATFORM, { outcome: 'restart', deliveryDays }),
        'INVALID_INPUT',
        'integer.range',
      );
  });

  it('ends a dispute opened by the system, which no party can withdraw', () => {
    const declined = (order: Order, hour: number) =>
      run(
        order,
        ev('cancellation.request', at(t0, hour * HOUR), BUYER),
        ev('cancellation.decline', at(t0, (hour + 1) * HOUR), SELLER),
      ).order;
    const auto = declined(declined(inProgress(), 2), 4);
    expect(auto.dispute?.openedBy).toEqual(SYSTEM);
    refused(auto, ev('dispute.withdraw', LATER, PLATFORM), 'NOT_ALLOWED', 'dispute.notOpener');
    expect(run(auto, ev('dispute.resolve', LATER, PLATFORM, { outcome: 'refund' })).order.status).toBe('cancelled');
  });
});
