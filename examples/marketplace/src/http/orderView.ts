import { type Actor, availableActions, getBalances, nextDeadline, type Order } from 'sequestre';
import { describeOrder } from './describeOrder';

/** What `GET /orders/:id` shows a party: the order, its money, its next deadline, and what this caller can do. */
export function orderView(order: Order, viewer: Actor, at: string, locale: 'fr' | 'en') {
  return {
    order,
    balances: getBalances(order),
    nextDeadline: nextDeadline(order),
    actions: availableActions(order, { viewer, at }),
    description: describeOrder(order, viewer, at, locale),
  };
}

/** Whether this caller may read this order: its buyer, its seller, or the platform. */
export function mayRead(order: Order, viewer: Actor): boolean {
  if (viewer.role === 'platform') return true;
  if (viewer.role === 'buyer') return viewer.id === order.buyer.id;
  if (viewer.role === 'seller') return viewer.id === order.seller.id;
  return false;
}
