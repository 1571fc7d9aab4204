import type { Order, OrderEvent } from 'sequestre';

/**
 * Decides the event to apply, on the order as it is now and the instant of this attempt. It is
 * called again on every retry, with the freshly read order and a fresh `at`: decide from that
 * state, never from one captured earlier. Return nothing to apply nothing (`NO_EVENT`).
 *
 * Keep the event's `id` and payload the same across calls for one request: the id is what makes
 * a retry after an unknown outcome a harmless duplicate.
 *
 * @example
 * await store.apply('o-1', (order, at) => ({ type: 'order.accept', at, by: { role: 'seller', id: order.seller.id }, id: requestId }));
 */
export type Decide = (order: Order, at: string) => OrderEvent | undefined | null;
