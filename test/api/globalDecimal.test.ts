import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  createOrder,
  getBalances,
  type Order,
  type OrderEvent,
  type QuoteInput,
  quoteExtra,
  quoteOrder,
} from '../../src';
import { at, BUYER, checkout, DAY, expectOk, HOUR, SELLER, t0 } from '../support/fixtures';

/** A tie at checkout: S = 10.10 at 5 % → F = 0.505 → 0.50 (SPEC §7.2). */
const tieQuote: QuoteInput = {
  currency: 'EUR',
  items: [{ id: 'gig', label: 'Logo', price: '10.10' }],
  tip: '0',
  fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.15' } },
};

/** Every money result the library computes in one scenario, as plain JSON. */
function compute() {
  const quote = quoteOrder(tieQuote);
  const created = expectOk(createOrder(checkout()));
  const accepted = expectOk(applyEvent(created.order, { type: 'order.accept', at: t0, by: SELLER }));
  const extra = quoteExtra(accepted.order, '12.34');
  const proposed = expectOk(
    applyEvent(accepted.order, { type: 'refund.propose', at: at(t0, HOUR), by: SELLER, amount: '10.10' }),
  );
  const refunded = expectOk(applyEvent(proposed.order, { type: 'refund.accept', at: at(t0, 2 * HOUR), by: BUYER }));
  const delivered = expectOk(applyEvent(refunded.order, { type: 'order.deliver', at: at(t0, DAY), by: SELLER }));
  const completeEvent: OrderEvent = { type: 'order.complete', at: at(t0, 2 * DAY), by: BUYER };
  const released = expectOk(applyEvent(delivered.order, completeEvent));
  const balances = [created.order, refunded.order, released.order].map((order: Order) => getBalances(order));
  return JSON.parse(JSON.stringify({ quote, created, extra, refunded, released, balances }));
}

describe('a host’s global decimal.js settings', () => {
  it('change no result of quoteOrder, createOrder, a partial refund and a release', () => {
    const before = compute();
    expect(before.quote).toEqual({ currency: 'EUR', subtotal: '10.10', tip: '0.00', buyerFee: '0.50', total: '10.60' });
    expect(before.refunded.effects[0]).toMatchObject({ type: 'refund', amount: '10.60' });
    expect(before.released.effects.slice(0, 2)).toMatchObject([
      { type: 'payout', amount: '36.92' },
      { type: 'revenue', amount: '9.98' },
    ]);
    let after: unknown;
    try {
      Decimal.set({ precision: 2, rounding: Decimal.ROUND_UP });
      after = compute();
    } finally {
      Decimal.set({ precision: 20, rounding: 4 });
    }
    expect(after).toEqual(before);
  });

  it('leave the global settings the host chose untouched', () => {
    try {
      Decimal.set({ precision: 2, rounding: Decimal.ROUND_UP });
      compute();
      expect(Decimal.precision).toBe(2);
      expect(Decimal.rounding).toBe(Decimal.ROUND_UP);
    } finally {
      Decimal.set({ precision: 20, rounding: 4 });
    }
  });
});
