import { type Refusal, refuse, revisionDeclinedSinceDelivery, revisionLimitReached } from '../../errors';
import type { Order } from '../../model/types';
import type { Attempt } from './context';

/**
 * `revision.request` (SPEC §5 delivered): refused after a declined revision until the next
 * delivery (the buyer completes or disputes instead, ComeUp support-en 1764), and once
 * `maxRevisions` accepted revisions were used. Declined revisions do not count.
 */
export function refuseRevisionRequest({ order }: Attempt): Refusal | undefined {
  if (order.revisions.declinedSinceDelivery) return refuse('NOT_ALLOWED', revisionDeclinedSinceDelivery, {});
  if (order.maxRevisions !== null && order.revisions.accepted >= order.maxRevisions) {
    return refuse('LIMIT_REACHED', revisionLimitReached, { limit: order.maxRevisions });
  }
  return undefined;
}

/**
 * Whether a revision request waits for the seller's answer (SPEC §5 revisionRequested), or, with
 * the policy's `revisionResponse: null`, sends the order straight back to work as an accepted
 * revision (SPEC §9; Fiverr and Upwork: the seller or freelancer simply redelivers).
 */
export function withRevisionAnswerStep(order: Order): boolean {
  return order.policy.revisionResponse !== null;
}
