import { type Actor, type OrderEvent, quoteOrder } from 'sequestre';
import type { OrderStore } from 'sequestre-postgres';
import { PLATFORM_FEES } from '../src/context';
import type { FakeProvider } from '../src/fake/fakeProvider';

/** The proofs' orders: 40.00 + 10.00, tip 5.00, 5 % buyer fee, 20 % commission: 57.50 charged. */
export const ITEMS = [
  { id: 'logo', label: 'Logo design', price: '40.00' },
  { id: 'express', label: 'Express delivery', price: '10.00' },
];

export const buyerOf = (orderId: string): Actor => ({ role: 'buyer', id: `b-${orderId}` });
export const sellerOf = (orderId: string): Actor => ({ role: 'seller', id: `s-${orderId}` });

/** Checks out `orderId` through the fake provider and opens it, as the service does. */
export async function openOrder(
  store: OrderStore,
  provider: FakeProvider,
  orderId: string,
  placedAt: string,
): Promise<void> {
  const quote = quoteOrder({ currency: 'EUR', items: ITEMS, tip: '5.00', fees: PLATFORM_FEES });
  const charge = await provider.charge({
    key: `checkout:${orderId}`,
    orderId,
    buyerId: `b-${orderId}`,
    amount: quote.total,
    currency: 'EUR',
  });
  const created = await store.create({
    id: orderId,
    buyer: { id: `b-${orderId}` },
    seller: { id: `s-${orderId}` },
    currency: 'EUR',
    items: ITEMS,
    tip: '5.00',
    fees: PLATFORM_FEES,
    deliveryDays: 3,
    payment: { id: charge.paymentId, amount: quote.total },
    placedAt,
  });
  if (!created.ok) throw new Error(`could not open ${orderId}: ${created.error.message}`);
}

/** An event as a writer prepares it: everything but the instant, which each attempt stamps. */
export type Prepared = { readonly id: string; readonly make: (at: string) => OrderEvent };

/**
 * The events that race on one accepted order: both parties proposing partial refunds and
 * answering them, custom offers, a delivery, a revision, a completion, a cancellation request
 * and its acceptance. Whatever the interleaving, each is either applied, a duplicate, or refused
 * by a rule of the order's state at that moment; money moves by partial refunds, a release, or a
 * full refund.
 */
export function raceEvents(orderId: string): Prepared[] {
  const buyer = buyerOf(orderId);
  const seller = sellerOf(orderId);
  const id = (name: string) => `${orderId}:${name}`;
  const events: [string, (at: string) => OrderEvent][] = [
    [
      'offer-1',
      (at) => ({
        type: 'offer.propose',
        at,
        by: seller,
        id: id('offer-1'),
        offer: { id: 'x1', label: 'Extra 1', price: '8.00', extraDays: 1 },
      }),
    ],
    [
      'offer-2',
      (at) => ({
        type: 'offer.propose',
        at,
        by: seller,
        id: id('offer-2'),
        offer: { id: 'x2', label: 'Extra 2', price: '9.00', extraDays: 0 },
      }),
    ],
    ['refund-b', (at) => ({ type: 'refund.propose', at, by: buyer, id: id('refund-b'), amount: '5.00' })],
    ['refund-s', (at) => ({ type: 'refund.propose', at, by: seller, id: id('refund-s'), amount: '3.00' })],
    ['refund-accept-s', (at) => ({ type: 'refund.accept', at, by: seller, id: id('refund-accept-s') })],
    ['refund-accept-b', (at) => ({ type: 'refund.accept', at, by: buyer, id: id('refund-accept-b') })],
    ['deliver', (at) => ({ type: 'order.deliver', at, by: seller, id: id('deliver') })],
    ['revision', (at) => ({ type: 'revision.request', at, by: buyer, id: id('revision') })],
    ['revision-accept', (at) => ({ type: 'revision.accept', at, by: seller, id: id('revision-accept') })],
    ['redeliver', (at) => ({ type: 'order.deliver', at, by: seller, id: id('redeliver') })],
    ['complete', (at) => ({ type: 'order.complete', at, by: buyer, id: id('complete') })],
    ['cancel-request', (at) => ({ type: 'cancellation.request', at, by: buyer, id: id('cancel-request') })],
    ['cancel-accept', (at) => ({ type: 'cancellation.accept', at, by: seller, id: id('cancel-accept') })],
  ];
  return events.map(([name, make]) => ({ id: id(name), make }));
}

/** A small seeded generator (mulberry32), so that a failing run can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
