import { refuse, revisionDeclinedSinceDelivery, revisionLimitReached, type Refusal } from '../../errors';
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
