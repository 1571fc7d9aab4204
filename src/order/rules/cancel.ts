import { cancelAfterDelivery, cancelBeforeLate, cancelDisputed, refuse, type Refusal } from '../../errors';
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
    return refuse('NOT_ALLOWED', cancelDisputed, {});
  }
  if (by.role === 'seller') return undefined;
  if (order.deliveredAt !== null) return refuse('NOT_ALLOWED', cancelAfterDelivery, {});
  const from = buyerCancelOpensAt(order.deliveryDeadline, order.policy.lateGrace);
  return atMs < from ? refuse('TOO_EARLY', cancelBeforeLate, { from: toInstant(from) }) : undefined;
}

/** The instant the buyer may cancel an undelivered order alone: delivery deadline + late grace. */
export function buyerCancelOpensAt(deliveryDeadline: string | null, lateGrace: string): number {
  return addDuration(Date.parse(deliveryDeadline!), toDurationParts(lateGrace)!);
}
