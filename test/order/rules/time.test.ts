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
          // The describe layer reads the refusal whole: the same rule, field and instant.
          const verdict = actionVerdicts(order, viewer, Date.parse(probe.at)).find((entry) => entry.type === type);
          expect(verdict?.refusal?.details, `the verdict for ${type} at ${probe.at}`).toEqual(result.error.details);
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
});
