import { describe, expect, it } from 'vitest';
import { applyEvent, createOrder, getBalances, nextDeadline, quoteOrder } from '../../src';

// The README's example, checked line by line, so the first code a newcomer reads is true.
describe('README: one order from checkout to payout', () => {
  const items = [
    { id: 'gig-42', label: 'Logo design', price: '40.00' },
    { id: 'express', label: 'Express delivery', price: '10.00' },
  ];
  const fees = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };

  it('charges the quote, pays the seller 45.00 and books 12.50 of revenue', () => {
    const quote = quoteOrder({ currency: 'EUR', items, tip: '5.00', fees });
    expect(quote.total).toBe('57.50');
    let result = createOrder({
      id: 'o-1', buyer: { id: 'b-1' }, seller: { id: 's-1' }, currency: 'EUR', items, tip: '5.00',
      deliveryDays: 3, fees, payment: { id: 'pay-1', amount: quote.total }, placedAt: '2026-03-01T10:00:00Z',
    });
    for (const event of [
      { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } },
      { type: 'order.deliver', at: '2026-03-03T09:00:00Z', by: { role: 'seller', id: 's-1' } },
      { type: 'order.complete', at: '2026-03-04T18:00:00Z', by: { role: 'buyer', id: 'b-1' } },
    ] as const) {
      if (!result.ok) throw new Error(result.error.message);
      result = applyEvent(result.order, event);
    }
    if (!result.ok) throw new Error(result.error.message);
    expect(result.effects).toEqual([
      { type: 'payout', sellerId: 's-1', amount: '45.00', currency: 'EUR', at: '2026-03-04T18:00:00.000Z', orderId: 'o-1', version: 4, index: 0, idempotencyKey: 'o-1:4:0' },
      {
        type: 'revenue', amount: '12.50', currency: 'EUR', at: '2026-03-04T18:00:00.000Z', orderId: 'o-1', version: 4, index: 1, idempotencyKey: 'o-1:4:1',
        breakdown: { commission: '10.00', tipCommission: '0.00', buyerFee: '2.50', forfeited: '0.00' },
      },
      { type: 'notify', to: 'seller', toId: 's-1', event: 'order.completed', at: '2026-03-04T18:00:00.000Z', orderId: 'o-1', version: 4, index: 2, idempotencyKey: 'o-1:4:2' },
    ]);
    expect(getBalances(result.order)).toEqual({ currency: 'EUR', paidIn: '57.50', held: '0.00', refunded: '0.00', paidOut: '45.00', revenue: '12.50' });
    expect(nextDeadline(result.order)).toBeNull();
  });
});
