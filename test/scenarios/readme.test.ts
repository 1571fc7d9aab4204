import { describe, expect, it } from 'vitest';
import { applyEvent, createOrder, type Effect, getBalances, nextDeadline, quoteOrder } from '../../src';

// The README's example, checked line by line, so the first code a newcomer reads is true.
describe('README: one order from checkout to payout', () => {
  const items = [
    { id: 'gig-42', label: 'Logo design', price: '40.00' },
    { id: 'express', label: 'Express delivery', price: '10.00' },
  ];
  const fees = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };

  it("charges the quote, keeps every result's effects, pays the seller 45.00 and books 12.50 of revenue", () => {
    const quote = quoteOrder({ currency: 'EUR', items, tip: '5.00', fees });
    expect(quote.total).toBe('57.50');
    const result = createOrder({
      id: 'o-1',
      buyer: { id: 'b-1' },
      seller: { id: 's-1' },
      currency: 'EUR',
      items,
      tip: '5.00',
      deliveryDays: 3,
      fees,
      payment: { id: 'pay-1', amount: quote.total },
      placedAt: '2026-03-01T10:00:00Z',
    });
    if (!result.ok) throw new Error(result.error.message);
    let order = result.order;
    const effects: Effect[] = [...result.effects];
    for (const event of [
      { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } },
      { type: 'order.deliver', at: '2026-03-03T09:00:00Z', by: { role: 'seller', id: 's-1' } },
      { type: 'order.complete', at: '2026-03-04T18:00:00Z', by: { role: 'buyer', id: 'b-1' } },
    ] as const) {
      const next = applyEvent(order, event);
      if (!next.ok) throw new Error(next.error.message);
      order = next.order;
      effects.push(...next.effects);
    }
    // The README's step 4, effect by effect.
    expect(
      effects.map((effect) => [
        effect.idempotencyKey,
        effect.type,
        'to' in effect ? effect.to : '',
        'event' in effect ? effect.event : '',
        'amount' in effect ? effect.amount : '',
      ]),
    ).toEqual([
      ['o-1:1:0', 'notify', 'seller', 'order.placed', ''],
      ['o-1:2:0', 'notify', 'buyer', 'order.accepted', ''],
      ['o-1:3:0', 'notify', 'buyer', 'order.delivered', ''],
      ['o-1:4:0', 'payout', '', '', '45.00'],
      ['o-1:4:1', 'revenue', '', '', '12.50'],
      ['o-1:4:2', 'notify', 'seller', 'order.completed', ''],
    ]);
    expect(effects[4]).toMatchObject({
      breakdown: { commission: '10.00', tipCommission: '0.00', buyerFee: '2.50', forfeited: '0.00' },
    });
    expect(getBalances(order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '0.00',
      paidOut: '45.00',
      revenue: '12.50',
    });
    expect(nextDeadline(order)).toBeNull();
  });
});
