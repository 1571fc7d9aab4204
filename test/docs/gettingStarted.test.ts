import { describe, expect, it } from 'vitest';
import { applyEvent, createOrder, getBalances, nextDeadline, quoteOrder } from '../../src';
import { fencedBlocks, readDoc } from './markdown';

// The getting-started example, run as written, with the values its comments promise.
describe('docs/getting-started.md', () => {
  const page = readDoc('docs/getting-started.md');
  const items = [{ id: 'gig-42', label: 'Logo design', price: '40.00' }];
  const fees = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };

  it('promises the figures the library computes', () => {
    const quote = quoteOrder({ currency: 'EUR', items, tip: '5.00', fees });
    const opened = createOrder({
      id: 'o-1', buyer: { id: 'b-1' }, seller: { id: 's-1' }, currency: 'EUR', items, tip: '5.00',
      deliveryDays: 3, fees, payment: { id: 'pay-1', amount: quote.total }, placedAt: '2026-03-01T10:00:00Z',
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const accepted = applyEvent(opened.order, { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } });
    if (!accepted.ok) throw new Error(accepted.error.message);
    expect(quote.total).toBe('47.00');
    expect(accepted.effects).toMatchObject([{ type: 'notify', to: 'buyer', toId: 'b-1', event: 'order.accepted' }]);
    expect(nextDeadline(accepted.order)).toEqual({ at: '2026-03-04T12:00:00.000Z', kind: 'delivery' });
    expect(getBalances(accepted.order)).toMatchObject({ paidIn: '47.00', held: '47.00', refunded: '0.00' });
  });

  it('shows exactly that code', () => {
    const [example] = fencedBlocks(page, 'ts');
    for (const line of [
      "const items = [{ id: 'gig-42', label: 'Logo design', price: '40.00' }];",
      "const quote = quoteOrder({ currency: 'EUR', items, tip: '5.00', fees });     // total '47.00'",
      "  deliveryDays: 3, fees, payment: { id: 'pay-1', amount: quote.total }, placedAt: '2026-03-01T10:00:00Z',",
      "const accepted = applyEvent(opened.order, { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } });",
      "  nextDeadline(accepted.order);     // { at: '2026-03-04T12:00:00.000Z', kind: 'delivery' }",
      "  getBalances(accepted.order);      // { paidIn: '47.00', held: '47.00', refunded: '0.00', … }",
    ]) {
      expect(example).toContain(line);
    }
  });
});
