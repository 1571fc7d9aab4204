import { describe, expect, it } from 'vitest';
import {
  type Actor,
  applyEvent,
  availableActions,
  createOrder,
  type Order,
  type OrderEvent,
  presets,
  quoteExtra,
} from '../../../src';
import { actionVerdicts } from '../../../src/engine/actionVerdicts';
import { isNearYear9999 } from '../../../src/order/rules/time';
import { BUYER, checkout, expectOk, run, SELLER } from '../../support/fixtures';

// SPEC §3 time.afterYear9999 near the end of the range: for every event type that sets or moves a
// deadline, availableActions says what applyEvent does with the least payload, at an instant where
// the new deadline fits and at one where it would pass 9999-12-31T23:59:59.999Z. Every window of
// the policy is 10 days, and so are deliveryDays and revisionDays.

const END = Date.parse('9999-12-31T23:59:59.999Z');
const DAY = 86_400_000;
/** `days` before the end of the range. */
const E = (days: number) => new Date(END - days * DAY).toISOString();
const W = 'P10D';
const policy = {
  ...presets.comeup,
  maxLifetime: null,
  acceptanceWindow: W,
  reviewWindow: W,
  reviewWindowAfterRevisionDecline: W,
  cancellationResponse: W,
  revisionResponse: W,
  extensionResponse: W,
};

/** An order placed `days` before the end. */
const placed = (days: number): Order =>
  expectOk(createOrder(checkout({ placedAt: E(days), policy, deliveryDays: 10, revisionDays: 10 }))).order;
/** Accepted 15 days before the end: the delivery deadline is 5 days before it. */
const accepted = () => run(placed(16), { type: 'order.accept', at: E(15), by: SELLER }).order;
const delivered = () =>
  run(placed(16), { type: 'order.accept', at: E(15.5), by: SELLER }, { type: 'order.deliver', at: E(15), by: SELLER })
    .order;
const revising = () => run(delivered(), { type: 'revision.request', at: E(15), by: BUYER }).order;
const extensionOf = (days: number) =>
  run(accepted(), { type: 'extension.request', at: E(14.9), by: SELLER, days }).order;
const offerOf = (extraDays: number) =>
  run(accepted(), {
    type: 'offer.propose',
    at: E(14.9),
    by: SELLER,
    offer: { id: 'off', label: 'More', price: '10.00', extraDays },
  }).order;
const disputed = () => run(accepted(), { type: 'dispute.open', at: E(14.9), by: BUYER }).order;

type Probe = { readonly order: () => Order; readonly at: string };
type Case = readonly [
  type: OrderEvent['type'],
  viewer: Actor,
  fits: Probe,
  passes: Probe,
  payload?: (order: Order) => object,
];

const CASES: readonly Case[] = [
  // Placed 10.5 days before the end: acceptance sets the delivery deadline 10 days after it.
  ['order.accept', SELLER, { order: () => placed(10.5), at: E(10.4) }, { order: () => placed(10.5), at: E(9.5) }],
  ['order.deliver', SELLER, { order: accepted, at: E(14) }, { order: accepted, at: E(9) }],
  ['revision.request', BUYER, { order: delivered, at: E(14) }, { order: delivered, at: E(9) }],
  ['revision.accept', SELLER, { order: revising, at: E(14) }, { order: revising, at: E(9) }],
  ['revision.decline', SELLER, { order: revising, at: E(14) }, { order: revising, at: E(9) }],
  ['cancellation.request', BUYER, { order: accepted, at: E(14) }, { order: accepted, at: E(9) }],
  ['extension.request', SELLER, { order: accepted, at: E(14) }, { order: accepted, at: E(9) }, () => ({ days: 1 })],
  // The delivery deadline (5 days before the end) moves by the days asked.
  ['extension.accept', BUYER, { order: () => extensionOf(3), at: E(14) }, { order: () => extensionOf(6), at: E(14) }],
  [
    'offer.accept',
    BUYER,
    { order: () => offerOf(3), at: E(14) },
    { order: () => offerOf(6), at: E(14) },
    (order) => ({ offerId: 'off', payment: { id: 'pay-off', amount: quoteExtra(order, '10.00').total } }),
  ],
  // Withdrawing pushes the delivery deadline back by the time spent disputed.
  ['dispute.withdraw', BUYER, { order: disputed, at: E(14) }, { order: disputed, at: E(9) }],
];

describe('availableActions agrees with applyEvent near year 9999', () => {
  it.each(CASES.map((entry) => ({ type: entry[0], entry })))(
    '$type: offered while the deadline it sets fits, refused with time.afterYear9999 once it would not',
    ({ entry }) => {
      const [type, viewer, fits, passes, payload] = entry;
      const probes: readonly (readonly [Probe, string])[] = [
        [fits, 'allowed'],
        [passes, 'INVALID_INPUT'],
      ];
      for (const [probe, expected] of probes) {
        const order = probe.order();
        const event = { type, at: probe.at, by: viewer, ...payload?.(order) } as OrderEvent;
        const result = applyEvent(order, event);
        const action = availableActions(order, { viewer, at: probe.at }).find((candidate) => candidate.type === type)!;
        expect(result.ok ? 'allowed' : result.error.code, `${type} at ${probe.at}`).toBe(expected);
        if (!result.ok) {
          expect(result.error.details).toMatchObject({ rule: 'time.afterYear9999' });
          // The describe layer reads the refusal whole: the same rule, field, instant and message.
          const verdict = actionVerdicts(order, viewer, Date.parse(probe.at)).find((entry) => entry.type === type);
          const { code, message, details } = result.error;
          expect(verdict?.refusal, `the verdict for ${type} at ${probe.at}`).toEqual({ code, message, details });
        }
        expect(action.allowed ? 'allowed' : action.reason, `availableActions for ${type} at ${probe.at}`).toBe(
          expected,
        );
      }
    },
  );

  it('skips the check for an order far from the end', () => {
    const order = expectOk(createOrder(checkout())).order;
    expect(isNearYear9999(order, Date.parse('2026-03-01T10:00:00Z'))).toBe(false);
    expect(isNearYear9999(order, END - 50 * 365 * DAY)).toBe(true);
  });

  it('is near once the instant plus the longest duration passes the end, not before', () => {
    // Placed 40,000 days before the end: its acceptance deadline is long past at these instants.
    const order = placed(40_000);
    const lastFar = END - 36_525 * DAY;
    expect(isNearYear9999(order, lastFar)).toBe(false);
    expect(isNearYear9999(order, lastFar + 1)).toBe(true);
  });

  it('counts the time spent disputed so far, not more', () => {
    // Disputed for 999 days: 999 days plus a century from the instant is still before the end.
    const order = run(
      placed(50_002),
      { type: 'order.accept', at: E(50_001), by: SELLER },
      { type: 'dispute.open', at: E(50_000), by: BUYER },
    ).order;
    expect(isNearYear9999(order, END - 49_001 * DAY)).toBe(false);
    expect(isNearYear9999(order, END - 49_000 * DAY)).toBe(false);
    expect(isNearYear9999(order, END - 43_262 * DAY)).toBe(true);
  });

  it('counts the days of options bought while pending, which acceptance adds', () => {
    const order = expectOk(createOrder(checkout())).order;
    const withExtras = {
      ...order,
      extras: Array.from({ length: 10_000 }, () => ({
        kind: 'option',
        id: 'o',
        label: 'O',
        price: '1.00',
        extraDays: 365,
        paymentId: 'p',
        at: order.placedAt,
      })),
    } as Order;
    expect(isNearYear9999(withExtras, Date.parse('2026-03-01T10:00:00Z'))).toBe(true);
  });

  it('lets a deadline land on the last millisecond of year 9999, and no later', () => {
    // Placed 10.5 days before the end, accepted exactly 10 days before it: delivery is due at END.
    const order = placed(10.5);
    const at = E(10);
    const accept = { type: 'order.accept', at, by: SELLER } as const;
    expect(expectOk(applyEvent(order, accept)).order.deliveryDeadline).toBe('9999-12-31T23:59:59.999Z');
    expect(availableActions(order, { viewer: SELLER, at }).find((action) => action.type === 'order.accept')).toEqual({
      type: 'order.accept',
      allowed: true,
    });
    const oneMsLater = new Date(Date.parse(at) + 1).toISOString();
    expect(availableActions(order, { viewer: SELLER, at: oneMsLater })).toContainEqual({
      type: 'order.accept',
      allowed: false,
      reason: 'INVALID_INPUT',
    });
  });

  it('reads the revision step a policy lacks: a request without an answer step moves the delivery deadline', () => {
    const direct = { ...policy, revisionResponse: null };
    const order = run(
      expectOk(createOrder(checkout({ placedAt: E(16), policy: direct, deliveryDays: 10, revisionDays: 10 }))).order,
      { type: 'order.accept', at: E(15.5), by: SELLER },
      { type: 'order.deliver', at: E(15), by: SELLER },
    ).order;
    for (const [at, expected] of [
      [E(14), 'allowed'],
      [E(9), 'INVALID_INPUT'],
    ] as const) {
      const event = { type: 'revision.request', at, by: BUYER } as const;
      const result = applyEvent(order, event);
      expect(result.ok ? 'allowed' : result.error.details).toEqual(
        expected === 'allowed' ? 'allowed' : { rule: 'time.afterYear9999', path: 'deliveryDeadline' },
      );
      const action = availableActions(order, { viewer: BUYER, at }).find((entry) => entry.type === event.type)!;
      expect(action.allowed ? 'allowed' : action.reason).toBe(expected);
      const verdict = actionVerdicts(order, BUYER, Date.parse(at)).find((entry) => entry.type === event.type);
      expect(verdict?.refusal).toEqual(
        result.ok
          ? undefined
          : { code: result.error.code, message: result.error.message, details: result.error.details },
      );
    }
  });

  it('counts only the pending offers when it looks for the fewest extra days', () => {
    // A declined 1-day offer would fit; the pending 6-day offer does not.
    const declined = run(
      offerOf(1),
      { type: 'offer.decline', at: E(14.8), by: BUYER, offerId: 'off' },
      {
        type: 'offer.propose',
        at: E(14.7),
        by: SELLER,
        offer: { id: 'off-2', label: 'More', price: '10.00', extraDays: 6 },
      },
    ).order;
    const at = E(14);
    const result = applyEvent(declined, {
      type: 'offer.accept',
      at,
      by: BUYER,
      offerId: 'off-2',
      payment: { id: 'pay-off', amount: quoteExtra(declined, '10.00').total },
    });
    expect(result.ok ? 'allowed' : result.error.details).toEqual({
      rule: 'time.afterYear9999',
      path: 'deliveryDeadline',
    });
    expect(availableActions(declined, { viewer: BUYER, at })).toContainEqual({
      type: 'offer.accept',
      allowed: false,
      reason: 'INVALID_INPUT',
    });
  });
});

// isNearYear9999 lets availableActions skip the check far from the end. It must still see the
// orders whose deadlines run further than an event's instant plus the longest duration: a
// delivery deadline that a hundred accepted extensions pushed a century ahead, and a dispute
// whose withdrawal moves that deadline by the century it lasted.
describe('isNearYear9999 sees a deadline extensions pushed far ahead', () => {
  const MINUTE = 60_000;
  /** Placed `days` before the end, accepted a day later, then `extensions` accepted extensions of 365 days. */
  function extended(days: number, extensions: number): Order {
    let order = run(placed(days), { type: 'order.accept', at: E(days - 1), by: SELLER }).order;
    let ms = END - (days - 1) * DAY;
    for (let index = 0; index < extensions; index += 1) {
      ms += 2 * MINUTE;
      order = run(
        order,
        { type: 'extension.request', at: new Date(ms).toISOString(), by: SELLER, days: 365 },
        { type: 'extension.accept', at: new Date(ms + MINUTE).toISOString(), by: BUYER },
      ).order;
    }
    return order;
  }

  it('counts a stored deadline beyond the instant plus the longest duration', () => {
    // Placed 36,700 days before the end: a century of extensions puts delivery 189 days before it.
    const order = run(extended(36_700, 100), {
      type: 'extension.request',
      at: E(36_690),
      by: SELLER,
      days: 365,
    }).order;
    expect(Date.parse(order.deliveryDeadline!)).toBe(END - 189 * DAY);
    const at = E(36_685);
    const result = applyEvent(order, { type: 'extension.accept', at, by: BUYER });
    expect(result.ok ? 'allowed' : result.error.details).toEqual({
      rule: 'time.afterYear9999',
      path: 'deliveryDeadline',
    });
    expect(isNearYear9999(order, Date.parse(at))).toBe(true);
    expect(availableActions(order, { viewer: BUYER, at })).toContainEqual({
      type: 'extension.accept',
      allowed: false,
      reason: 'INVALID_INPUT',
    });
  });

  it('counts the time spent disputed, by which a withdrawal moves that deadline', () => {
    // Placed 110,000 days before the end; 110 extensions put delivery 69,839 days before it, and a
    // dispute open for 70,000 days moves it 161 days past the end, though the instant plus a
    // century (or the deadline plus one) stays before it.
    const order = run(extended(110_000, 110), { type: 'dispute.open', at: E(109_990), by: BUYER }).order;
    expect(Date.parse(order.deliveryDeadline!)).toBe(END - 69_839 * DAY);
    const at = E(39_990);
    const result = applyEvent(order, { type: 'dispute.withdraw', at, by: BUYER });
    expect(result.ok ? 'allowed' : result.error.details).toEqual({
      rule: 'time.afterYear9999',
      path: 'deliveryDeadline',
    });
    expect(isNearYear9999(order, Date.parse(at))).toBe(true);
    expect(availableActions(order, { viewer: BUYER, at })).toContainEqual({
      type: 'dispute.withdraw',
      allowed: false,
      reason: 'INVALID_INPUT',
    });
  });
});
