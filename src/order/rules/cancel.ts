import {
  cancelAfterDelivery,
  cancelBeforeLate,
  cancelDisputed,
  cancelNoLateCancellation,
  cancelSellerMustRequest,
  type Refusal,
  refuse,
} from '../../errors';
import { addDuration, toDurationParts, toInstant } from '../../time';
import type { Attempt } from './context';

/**
 * `order.cancel` (SPEC §5, §9). The platform cancels directly, also while disputed. While the
 * order is pending, the buyer and the seller cancel alone: the machine asks no rule there. After
 * acceptance:
 * - the seller cancels directly, unless the policy's `sellerCancel` is `'request'` (Fiverr: "the
 *   freelancer cannot force-cancel"), then it must send a cancellation request;
 * - the buyer cancels alone only once the delivery deadline plus the late grace is reached (ComeUp
 *   support-en 1767), never when the policy has no late grace (`lateGrace: null`: Upwork has no
 *   late status). That right covers work never delivered: once the order was delivered, even if
 *   it came back to work through a revision, an option, an offer or a restart, the buyer needs
 *   the seller's agreement or a dispute (support-fr 1739). The three buyer rules answer in that
 *   order: after delivery, no late cancellation, then too early (SPEC §9).
 */
export function refuseCancel({ order, by, atMs }: Attempt): Refusal | undefined {
  if (by.role === 'platform') return undefined;
  if (order.status === 'disputed') {
    return refuse('NOT_ALLOWED', cancelDisputed, {});
  }
  if (by.role === 'seller')
    return order.policy.sellerCancel === 'direct' ? undefined : refuse('NOT_ALLOWED', cancelSellerMustRequest, {});
  if (order.deliveredAt !== null) return refuse('NOT_ALLOWED', cancelAfterDelivery, {});
  const from = buyerCancelOpensAt(order.deliveryDeadline, order.policy.lateGrace);
  if (from === null) return refuse('NOT_ALLOWED', cancelNoLateCancellation, {});
  return atMs < from ? refuse('TOO_EARLY', cancelBeforeLate, { from: toInstant(from) }) : undefined;
}

/**
 * The instant the buyer may cancel an undelivered order alone: delivery deadline + late grace;
 * `null` when the policy gives no late cancellation.
 */
export function buyerCancelOpensAt(deliveryDeadline: string | null, lateGrace: string | null): number | null {
  return lateGrace === null ? null : addDuration(Date.parse(deliveryDeadline!), toDurationParts(lateGrace)!);
}
