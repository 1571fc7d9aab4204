import {
  applyEvent,
  createOrder,
  type Order,
  type OrderEvent,
  type OrderInput,
  type Policy,
  presets,
  quoteExtra,
  SequestreError,
} from '../../src';

/**
 * Valid orders in every status, reached through `applyEvent` by a breadth-first walk, for the
 * tests that need many real orders to read, corrupt or round-trip.
 */

const BUYER = { role: 'buyer', id: 'b-1' } as const;
const SELLER = { role: 'seller', id: 's-1' } as const;
const PLATFORM = { role: 'platform', id: 'ops-7' } as const;

/** The worked checkout (57.50 on p-1) under a given policy. */
export const walkInput = (policy?: Policy): OrderInput => ({
  id: 'o-1',
  buyer: { id: 'b-1' },
  seller: { id: 's-1' },
  currency: 'EUR',
  items: [
    { id: 'gig', label: 'Logo', price: '40.00' },
    { id: 'x', label: 'Express', price: '10.00' },
  ],
  tip: '5.00',
  deliveryDays: 3,
  fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } },
  payment: { id: 'p-1', amount: '57.50' },
  placedAt: '2026-03-01T10:00:00Z',
  ...(policy === undefined ? {} : { policy }),
});

/** Every event worth trying on an order, one hour after its last change, plus ticks that reach the deadlines. */
export function nextEvents(order: Order): OrderEvent[] {
  const last = Date.parse(order.history.at(-1)!.at);
  const at = new Date(last + 3_600_000).toISOString();
  const n = order.version;
  const events: OrderEvent[] = [
    { type: 'order.accept', at, by: SELLER, id: `e-${n}` },
    { type: 'order.deliver', at, by: SELLER },
    { type: 'order.complete', at, by: BUYER },
    { type: 'order.cancel', at, by: PLATFORM },
    { type: 'revision.request', at, by: BUYER, message: 'Bigger.' },
    { type: 'revision.accept', at, by: SELLER },
    { type: 'revision.decline', at, by: SELLER },
    { type: 'cancellation.request', at, by: BUYER },
    { type: 'cancellation.decline', at, by: SELLER },
    { type: 'extension.request', at, by: SELLER, days: 2 },
    { type: 'extension.accept', at, by: BUYER },
    {
      type: 'option.add',
      at,
      by: BUYER,
      option: { id: `opt-${n}`, label: 'Option', price: '20.00', extraDays: 1 },
      payment: { id: `p-opt-${n}`, amount: quoteExtra(order, '20.00').total },
    },
    { type: 'offer.propose', at, by: SELLER, offer: { id: `off-${n}`, label: 'Offer', price: '30.00', extraDays: 0 } },
    { type: 'refund.propose', at, by: SELLER, amount: '3.00' },
    { type: 'refund.accept', at, by: BUYER },
    { type: 'dispute.open', at, by: BUYER },
    { type: 'dispute.withdraw', at, by: BUYER },
    { type: 'dispute.resolve', at, by: PLATFORM, outcome: 'split', refund: '1.00' },
    { type: 'dispute.resolve', at, by: PLATFORM, outcome: 'restart', deliveryDays: 2 },
    ...[3, 8, 200].map(
      (days): OrderEvent => ({
        type: 'clock.tick',
        at: new Date(last + days * 86_400_000).toISOString(),
        by: { role: 'system' },
      }),
    ),
  ];
  for (const offer of order.offers.filter((candidate) => candidate.status === 'pending')) {
    // An offer whose quote cannot be written (a price near 15 digits) cannot be paid: nothing to try.
    const total = quoteOrNull(order, offer.price);
    if (total !== null)
      events.push({
        type: 'offer.accept',
        at,
        by: BUYER,
        offerId: offer.id,
        payment: { id: `p-${offer.id}`, amount: total },
      });
  }
  return events;
}

function quoteOrNull(order: Order, price: string): string | null {
  try {
    return quoteExtra(order, price).total;
  } catch (error) {
    if (error instanceof SequestreError) return null;
    throw error;
  }
}

/** What distinguishes two orders for the walk: status, open matters, counters. */
const signatureOf = (order: Order) =>
  JSON.stringify([
    order.status,
    order.requests,
    order.offers.map((offer) => offer.status),
    order.extras.length,
    order.escrow.refundedItems,
    order.lateSince !== null,
    order.dispute,
    order.revisionRequest?.overdue,
    order.declinedCancellations,
    order.revisions,
  ]);

/** Up to `limit` distinct orders per policy, reached by a breadth-first walk from the worked checkout. */
export function walkOrders(
  limit: number,
  policies: readonly (Policy | undefined)[] = [
    undefined,
    {
      ...presets.comeup,
      name: 'other',
      onExpiry: 'refund',
      refundBuyerFee: { onCancel: false, onPartialRefund: 'none' },
    },
  ],
): Order[] {
  const orders: Order[] = [];
  for (const policy of policies) {
    const created = createOrder(walkInput(policy));
    if (!created.ok) throw new Error(created.error.message);
    const queue = [created.order];
    const seen = new Set([signatureOf(created.order)]);
    orders.push(created.order);
    let found = 1;
    while (queue.length > 0 && found < limit) {
      const order = queue.shift()!;
      for (const event of nextEvents(order)) {
        const result = applyEvent(order, event);
        if (!result.ok || seen.has(signatureOf(result.order))) continue;
        seen.add(signatureOf(result.order));
        queue.push(result.order);
        orders.push(result.order);
        found += 1;
      }
    }
  }
  return orders;
}
