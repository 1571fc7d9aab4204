// The order life every service benchmark replays: SPEC §7.2's worked checkout, then accept,
// deliver, a revision asked and accepted, the redelivery and the buyer's completion.

const HOUR = 3_600_000;
const t0 = Date.parse('2026-03-01T10:00:00.000Z');
const at = (ms) => new Date(t0 + ms).toISOString();

export const BUYER = { role: 'buyer', id: 'b-1' };
export const SELLER = { role: 'seller', id: 's-1' };

/** A paid checkout (SPEC §4), under its own id so a dashboard can hold many. */
export function checkout(id = 'o-1') {
  return {
    id,
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
    placedAt: at(0),
  };
}

/** The events after creation, each with an idempotency key as a careful host sends them. */
export const LIFE = [
  { type: 'order.accept', at: at(2 * HOUR), by: SELLER, id: 'e-1' },
  { type: 'order.deliver', at: at(40 * HOUR), by: SELLER, id: 'e-2', message: 'First draft attached.' },
  { type: 'revision.request', at: at(50 * HOUR), by: BUYER, id: 'e-3', message: 'Please use a darker blue.' },
  { type: 'revision.accept', at: at(52 * HOUR), by: SELLER, id: 'e-4' },
  { type: 'order.deliver', at: at(70 * HOUR), by: SELLER, id: 'e-5', message: 'Darker blue it is.' },
  { type: 'order.complete', at: at(80 * HOUR), by: BUYER, id: 'e-6' },
];

/** The instant `ms` after the checkout, in the library's form. */
export { at, HOUR };
