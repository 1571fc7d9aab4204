import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, applyEvent, getBalances, nextDeadline, parseOrder, presets, quoteExtra, type Order, type OrderEvent } from '../../src';
import { SENDERS } from '../../src/order/rules/roles';
import { checkout, deepFreeze, placed } from '../support/fixtures';

const HOUR = 3_600_000;
const FINAL = new Set(['completed', 'cancelled', 'expired']);
const cents = (amount: string) => BigInt(amount.replace('.', ''));

const PARTIES = {
  buyer: { role: 'buyer', id: 'b-1' },
  seller: { role: 'seller', id: 's-1' },
  platform: { role: 'platform', id: 'agent' },
  system: { role: 'system' },
} as const;
const anyone = fc.constantFrom<OrderEvent['by']>(...Object.values(PARTIES), { role: 'buyer', id: 'intruder' });

// Events that end an order are rarer than the others, so sequences live long enough to reach
// deliveries, revisions, requests and disputes.
const ending = ['order.decline', 'order.cancel', 'cancellation.accept', 'dispute.resolve'] as const;
const ongoing = [
  'order.accept', 'order.deliver', 'order.complete', 'revision.request', 'revision.accept', 'revision.decline',
  'cancellation.request', 'cancellation.decline', 'cancellation.withdraw', 'extension.request', 'extension.accept',
  'extension.decline', 'extension.withdraw', 'option.add', 'offer.propose', 'offer.accept', 'offer.decline', 'offer.withdraw',
  'refund.propose', 'refund.accept', 'refund.decline', 'refund.withdraw', 'dispute.open', 'dispute.withdraw', 'clock.tick',
] as const;

/** One step: an event type, usually from a party allowed to send it, with a payload and a time step (sometimes backwards). */
const event = fc.record({
  type: fc.oneof({ arbitrary: fc.constantFrom(...ending), weight: 1 }, { arbitrary: fc.constantFrom(...ongoing), weight: 8 }),
  rightSender: fc.nat(9),
  sender: fc.constantFrom<keyof typeof PARTIES>('buyer', 'seller', 'platform', 'system'),
  stranger: anyone,
  stepHours: fc.oneof({ arbitrary: fc.integer({ min: -2, max: 12 }), weight: 4 }, { arbitrary: fc.integer({ min: 24, max: 24 * 40 }), weight: 1 }),
  n: fc.integer({ min: 1, max: 4 }),
  outcome: fc.constantFrom('refund', 'release', 'split', 'restart'),
  // A few shared ids, so that duplicates happen, but rarely enough not to stall the order.
  id: fc.oneof({ arbitrary: fc.constant(undefined), weight: 12 }, { arbitrary: fc.constantFrom('e-1', 'e-2'), weight: 1 }),
  paysQuote: fc.boolean(),
});

type Step = typeof event extends fc.Arbitrary<infer T> ? T : never;

function toEvent(order: Order, step: Step, atMs: number): OrderEvent {
  const { n } = step;
  const pending = order.offers.find((offer) => offer.status === 'pending');
  const price = step.type === 'offer.accept' ? (pending?.price ?? '1.00') : `${n}.00`;
  // Half the payments are exactly what quoteExtra asks, so options and offers really get bought.
  const amount = step.paysQuote ? quoteExtra(order, price).total : `${n}.05`;
  const payload: Record<string, unknown> = {
    days: n,
    option: { id: `opt-${order.version}-${n}`, label: 'Option', price: `${n}.00`, extraDays: n },
    offer: { id: `off-${order.version}`, label: 'Offer', price: `${n * 5}.00`, extraDays: n },
    offerId: pending?.id ?? 'none',
    payment: { id: `pay-${order.version}-${n}`, amount },
    amount: `${n}.00`,
    outcome: step.outcome,
    refund: `${n}.00`,
    deliveryDays: n,
  };
  const allowed = SENDERS[step.type];
  const by = step.rightSender > 0 ? PARTIES[allowed.includes(step.sender) ? step.sender : allowed[0]!] : step.stranger;
  return { type: step.type, at: new Date(atMs).toISOString(), by, ...(step.id ? { id: step.id } : {}), ...payload } as OrderEvent;
}

describe('random event sequences', () => {
  it('never throw, conserve money, agree with their effects, keep final orders final and round-trip through JSON', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 5, maxLength: 40, size: 'max' }), fc.constantFrom('expire', 'accept', 'dispute'), (steps, timeout) => {
        let order = placed({ policy: { ...presets.comeup, onCancellationTimeout: timeout as 'expire', name: 'prop' } });
        let atMs = Date.parse(checkout().placedAt);
        for (const step of steps) {
          atMs += step.stepHours * HOUR;
          const before = JSON.stringify(order);
          const result = applyEvent(deepFreeze(JSON.parse(before)), toEvent(order, step, atMs));
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error.code);
            continue;
          }
          const wasFinal = FINAL.has(order.status);
          if (result.order.version === order.version) {
            expect(result.effects).toEqual([]);
            expect(JSON.stringify(result.order)).toBe(before);
          } else {
            expect(result.order.version).toBe(order.version + 1);
            expect(wasFinal).toBe(false);
          }
          const balances = getBalances(result.order);
          const previous = getBalances(order);
          const sum = (type: string) => result.effects.reduce((total, e) => (e.type === type ? total + cents((e as { amount: string }).amount) : total), 0n);
          expect(sum('refund')).toBe(cents(balances.refunded) - cents(previous.refunded));
          expect(sum('payout')).toBe(cents(balances.paidOut) - cents(previous.paidOut));
          expect(sum('revenue')).toBe(cents(balances.revenue) - cents(previous.revenue));
          expect(cents(balances.paidIn)).toBe(cents(balances.held) + cents(balances.refunded) + cents(balances.paidOut) + cents(balances.revenue));
          if (FINAL.has(result.order.status)) {
            expect(balances.held).toBe('0.00');
            expect(nextDeadline(result.order)).toBeNull();
          }
          expect(parseOrder(JSON.parse(JSON.stringify(result.order)))).toEqual(result.order);
          order = result.order;
        }
      }),
      { numRuns: 300 },
    );
  });
});
