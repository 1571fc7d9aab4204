import { refuse, type Refusal } from '../../errors';
import { addDuration, toDurationParts, toInstant } from '../../time';
import type { Attempt } from './context';

/**
 * `order.cancel` (SPEC §5). Seller and platform cancel directly; the platform also while
 * disputed. The buyer cancels alone while pending, and in progress only once the delivery
 * deadline plus the late grace is reached (ComeUp support-en 1767); after a delivery never.
 */
export function refuseCancel({ order, by, atMs }: Attempt): Refusal | undefined {
  if (by.role === 'platform' || order.status === 'pending') return undefined;
  if (order.status === 'disputed') {
    return refuse('NOT_ALLOWED', 'The order is frozen by a dispute; only the platform can cancel it now.', { rule: 'order.cancel.disputed' });
  }
  if (by.role === 'seller') return undefined;
  if (order.status !== 'inProgress') {
    return refuse('NOT_ALLOWED', 'After a delivery the buyer can no longer cancel alone; ask the seller for a cancellation or open a dispute.', {
      rule: 'order.cancel.afterDelivery',
    });
  }
  const from = buyerCancelOpensAt(order.deliveryDeadline, order.policy.lateGrace);
  if (atMs < from) {
    const instant = toInstant(from);
    return refuse('TOO_EARLY', `The buyer can cancel alone from ${instant}, if the order is not delivered by then; before that, send a cancellation request.`, {
      rule: 'order.cancel.beforeLate',
      from: instant,
    });
  }
  return undefined;
}

/** The instant the buyer may cancel an undelivered order alone: delivery deadline + late grace. */
export function buyerCancelOpensAt(deliveryDeadline: string | null, lateGrace: string): number {
  return addDuration(Date.parse(deliveryDeadline!), toDurationParts(lateGrace)!);
}
