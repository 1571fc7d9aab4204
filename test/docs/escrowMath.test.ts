import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  createOrder,
  type Effect,
  getBalances,
  type OrderEvent,
  type OrderInput,
  presets,
  quoteExtra,
  quoteOrder,
} from '../../src';
import { checkout, expectOk } from '../support/fixtures';
import { readDoc, section, tableRows } from './markdown';

const page = readDoc('docs/escrow-math.md');

/** The `figure → value` rows of the table under a `### ` heading of the page. */
function figures(heading: string): Record<string, string> {
  return Object.fromEntries(
    tableRows(section(page, `### ${heading}`))
      .slice(2)
      .map((cells) => [cells[0]!, cells[2]!]),
  );
}

const SELLER = { role: 'seller', id: 's-1' } as const;
const BUYER = { role: 'buyer', id: 'b-1' } as const;
const accept = { type: 'order.accept', at: '2026-03-01T11:00:00Z', by: SELLER } as const;
const deliver = { type: 'order.deliver', at: '2026-03-01T12:00:00Z', by: SELLER } as const;
const complete = { type: 'order.complete', at: '2026-03-01T13:00:00Z', by: BUYER } as const;
const option = {
  type: 'option.add',
  at: '2026-03-01T12:00:00Z',
  by: BUYER,
  option: { id: 'src', label: 'Source files', price: '10.00', extraDays: 1 },
  payment: { id: 'pay-2', amount: '10.50' },
} as const;

/** The effects of the last event, and the order after it. */
function play(input: OrderInput, events: readonly unknown[]) {
  let order = expectOk(createOrder(input)).order;
  let effects: Effect[] = [];
  for (const event of events) ({ order, effects } = expectOk(applyEvent(order, event as OrderEvent)));
  const amount = (type: Effect['type'], paymentId?: string) =>
    effects.find(
      (effect): effect is Extract<Effect, { amount: string }> =>
        effect.type === type && (paymentId === undefined || (effect as { paymentId?: string }).paymentId === paymentId),
    )?.amount;
  const breakdown = effects.find((effect) => effect.type === 'revenue')?.breakdown;
  return { order, amount, breakdown };
}

/** A checkout of one item, paid at its quote. */
function single(price: string, commissionRate: string): OrderInput {
  const fees = { buyerFee: { rate: '0.05' }, commission: { rate: commissionRate } };
  const items = [{ id: 'gig', label: 'Gig', price }];
  return checkout({
    items,
    tip: undefined,
    fees,
    payment: { id: 'pay-1', amount: quoteOrder({ currency: 'EUR', items, fees }).total },
  });
}

describe('docs/escrow-math.md: every worked example is what the library computes', () => {
  it('Checkout', () => {
    const quote = quoteOrder(checkout());
    expect(figures('Checkout')).toEqual({
      'subtotal S₀': quote.subtotal,
      'buyer fee F(S₀)': quote.buyerFee,
      total: quote.total,
    });
  });

  it('Fee on a tie', () => {
    const quote = quoteOrder(single('10.10', '0.20'));
    expect(figures('Fee on a tie')).toEqual({ 'buyer fee F(S₀)': quote.buyerFee, total: quote.total });
  });

  it('An option bought mid-order', () => {
    const quote = quoteExtra(expectOk(createOrder(checkout())).order, '10.00');
    expect(figures('An option bought mid-order')).toEqual({
      'option fee': quote.buyerFee,
      'option payment': quote.total,
    });
  });

  it('A dispute split', () => {
    const { input, events } = JSON.parse(readFileSync('docs/examples/split-dispute.json', 'utf8')) as {
      input: OrderInput;
      events: unknown[];
    };
    const resolved = play(
      input,
      events.filter((event) => (event as { type: string }).type !== 'order.complete'),
    );
    expect(figures('A dispute split')).toEqual({
      'paid in': getBalances(resolved.order).paidIn,
      'refund to the buyer': resolved.amount('refund'),
      'commission C': resolved.breakdown?.commission,
      'payout to the seller': resolved.amount('payout'),
      'platform revenue': resolved.amount('revenue'),
    });
  });

  it('A cancellation after an option', () => {
    const cancel = { type: 'order.cancel', at: '2026-03-01T13:00:00Z', by: SELLER };
    const refunded = play(checkout(), [accept, option, cancel]);
    const kept = play(
      checkout({ policy: { ...presets.comeup, refundBuyerFee: { onCancel: false, onPartialRefund: 'proportional' } } }),
      [accept, option, cancel],
    );
    expect(figures('A cancellation after an option')).toEqual({
      'refund on pay-2': refunded.amount('refund', 'pay-2'),
      'refund on pay-1': refunded.amount('refund', 'pay-1'),
      'refund on pay-1, fee kept': kept.amount('refund', 'pay-1'),
      'revenue, fee kept': kept.amount('revenue'),
    });
  });

  it('Completion', () => {
    const done = play(checkout(), [accept, deliver, complete]);
    expect(figures('Completion')).toEqual({
      'commission C': done.breakdown?.commission,
      'payout to the seller': done.amount('payout'),
      'platform revenue': done.amount('revenue'),
    });
  });

  it('Commission', () => {
    const done = play(single('84.99', '0.20'), [accept, deliver, complete]);
    expect(figures('Commission')).toEqual({
      'commission C': done.breakdown?.commission,
      'payout to the seller': done.amount('payout'),
    });
  });

  it('Commission on a tie', () => {
    const done = play(single('10.10', '0.15'), [accept, deliver, complete]);
    expect(figures('Commission on a tie')).toEqual({
      'commission C': done.breakdown?.commission,
      'payout to the seller': done.amount('payout'),
    });
  });

  it('Forfeit', () => {
    const expired = play(checkout(), [
      accept,
      { type: 'clock.tick', at: '2026-08-01T10:00:00Z', by: { role: 'system' } },
    ]);
    expect(expired.order.status).toBe('expired');
    expect(figures('Forfeit')).toEqual({ 'forfeited revenue': expired.breakdown?.forfeited });
  });
});
