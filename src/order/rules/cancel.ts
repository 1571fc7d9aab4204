import { refuse, type Refusal } from '../../errors';
import { addDuration, toDurationParts, toInstant } from '../../time';
import type { Attempt } from './context';

/**
 * `order.cancel` (SPEC §5). Seller and platform cancel directly; the platform also while
 * disputed. The buyer cancels alone while pending, and in progress only once the delivery
 * deadline plus the late grace is reached (ComeUp support-en 1767). That right covers work never
 * delivered: once the order was delivered, even if it came back to work through a revision, an
 * option, an offer or a restart, the buyer needs the seller's agreement or a dispute
 * (support-fr 1739: after delivery the buyer can no longer cancel without the seller).
 */
export function refuseCancel({ order, by, atMs }: Attempt): Refusal | undefined {
  if (by.role === 'platform' || order.status === 'pending') return undefined;
  if (order.status === 'disputed') {
    return refuse('NOT_ALLOWED', 'The order is frozen by a dispute; only the platform can cancel it now.', { rule: 'cancel.disputed' });
  }
  if (by.role === 'seller') return undefined;
  if (order.deliveredAt !== null) {
    return refuse('NOT_ALLOWED', 'The seller has delivered this order, so the buyer can no longer cancel alone; ask the seller for a cancellation or open a dispute.', {
      rule: 'cancel.afterDelivery',
    });
  }
  const from = buyerCancelOpensAt(order.deliveryDeadline, order.policy.lateGrace);
  if (atMs < from) {
    const instant = toInstant(from);
    return refuse('TOO_EARLY', `The buyer can cancel alone from ${instant}, if the order is not delivered by then; before that, send a cancellation request.`, {
      rule: 'cancel.beforeLate',
      from: instant,
    });
  }
  return undefined;
}

/** The instant the buyer may cancel an undelivered order alone: delivery deadline + late grace. */
export function buyerCancelOpensAt(deliveryDeadline: string | null, lateGrace: string): number {
  return addDuration(Date.parse(deliveryDeadline!), toDurationParts(lateGrace)!);
}
