// SPEC §7.2's worked checkout, shared by the consumer fixtures: 40.00 + 10.00, tip 5.00,
// buyer fee 5 % → total 57.50.
export const placedAt = '2026-03-01T10:00:00Z';

export const checkout = {
  id: 'o-1',
  buyer: { id: 'b-1' },
  seller: { id: 's-1' },
  currency: 'EUR',
  items: [
    { id: 'gig', label: 'Logo design', price: '40.00' },
    { id: 'express', label: 'Express delivery', price: '10.00' },
  ],
  tip: '5.00',
  deliveryDays: 3,
  fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } },
  payment: { id: 'pay-1', amount: '57.50' },
  placedAt,
};

export const expectedQuote = { currency: 'EUR', subtotal: '50.00', tip: '5.00', buyerFee: '2.50', total: '57.50' };
