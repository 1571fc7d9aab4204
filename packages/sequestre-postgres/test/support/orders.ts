import { type Actor, type OrderEvent, type OrderInput, quoteOrder } from 'sequestre';

export const ITEMS = [
  { id: 'gig', label: 'Logo design', price: '40.00' },
  { id: 'express', label: 'Express delivery', price: '10.00' },
];
export const FEES = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };
export const T0 = '2026-03-01T10:00:00.000Z';

/** A paid checkout for order `id`: 40.00 + 10.00, tip 5.00, 5 % buyer fee → 57.50 (SPEC §7.2). */
export function checkout(id: string, placedAt = T0, paymentId = `pay-${id}`): OrderInput {
  const quote = quoteOrder({ currency: 'EUR', items: ITEMS, tip: '5.00', fees: FEES });
  return {
    id,
    buyer: { id: `b-${id}` },
    seller: { id: `s-${id}` },
    currency: 'EUR',
    items: ITEMS,
    tip: '5.00',
    fees: FEES,
    deliveryDays: 3,
    payment: { id: paymentId, amount: quote.total },
    placedAt,
  };
}

export const buyerOf = (orderId: string): Actor => ({ role: 'buyer', id: `b-${orderId}` });
export const sellerOf = (orderId: string): Actor => ({ role: 'seller', id: `s-${orderId}` });

/** An event without its instant: `decide` adds the attempt's `at`. */
export type Unstamped = OrderEvent extends infer E ? (E extends OrderEvent ? Omit<E, 'at'> : never) : never;

/** Stamps an event with the attempt's instant. */
export function stamp(event: Unstamped, at: string): OrderEvent {
  return { ...event, at } as OrderEvent;
}

/** A clock the test moves by hand. */
export function manualClock(start = T0): { now: () => Date; set(at: string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current.getTime()),
    set: (at) => void (current = new Date(at)),
    advance: (ms) => void (current = new Date(current.getTime() + ms)),
  };
}
