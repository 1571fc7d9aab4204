import type { Order } from '../model/types';
import { toInstant } from '../time';

/**
 * Pushes back every deadline that had not fired when the dispute opened (SPEC §5 disputed): the
 * delivery deadline if the order was in progress and not yet late, the review deadline, the
 * revision response if not yet overdue, and the expiry. Requests were withdrawn at the opening,
 * so they have no deadline left to move.
 */
export function shiftDeadlines(order: Order, from: Order['status'], disputedMs: number): Order {
  const shift = (at: string | null) => (at === null ? null : toInstant(Date.parse(at) + disputedMs));
  return {
    ...order,
    deliveryDeadline:
      from === 'inProgress' && order.lateSince === null ? shift(order.deliveryDeadline) : order.deliveryDeadline,
    reviewDeadline: from === 'delivered' ? shift(order.reviewDeadline) : order.reviewDeadline,
    revisionRequest:
      from === 'revisionRequested' && order.revisionRequest !== null && !order.revisionRequest.overdue
        ? { ...order.revisionRequest, deadline: shift(order.revisionRequest.deadline)! }
        : order.revisionRequest,
    expiresAt: shift(order.expiresAt),
  };
}
