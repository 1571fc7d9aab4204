import {
  type Refusal,
  refuse,
  revisionsLimit,
  statusAcceptedAt,
  statusDeliveredAt,
  statusDeliveryDeadline,
  statusDispute,
  statusExpiresAt,
  statusLateSince,
  statusNoAcceptanceStep,
  statusNoRevisionAnswerStep,
  statusOffers,
  statusRequests,
  statusReviewDeadline,
  statusRevisionRequest,
} from '../../errors';
import type { Order } from '../../model/types';

/**
 * Checks the fields that depend on the status, as the machine leaves them (SPEC §5):
 * - `dispute` is set exactly while `disputed` (a final status ends it);
 * - `revisionRequest` is set exactly while `revisionRequested`, and while `disputed` from there
 *   (the dispute freezes it, so that withdrawing restores it); a final status clears it;
 * - the delivery deadline is set exactly when the order was accepted; pending was never
 *   accepted, the working and disputed statuses always were;
 * - delivered and revisionRequested come after a delivery; delivered has a review deadline;
 * - pending requests and offers exist only in the working statuses (a final status closes them,
 *   a dispute withdraws them); an extension request only in progress (delivering closes it);
 * - `expiresAt` is set exactly when the policy has a `maxLifetime`;
 * - accepted revisions never exceed `maxRevisions`;
 * - a policy without an acceptance step never leaves an order pending, and one without a revision
 *   answer step never leaves a revision request open (SPEC §9).
 * It answers rather than refuses, since the light check of every command (`checkOrder`) asks it
 * too.
 *
 * @returns The `INVALID_ORDER` refusal naming the first field that does not fit the status, or `undefined`.
 */
export function checkStatus(order: Order): Refusal | undefined {
  const { status } = order;
  const working = status === 'inProgress' || status === 'delivered' || status === 'revisionRequested';
  if ((order.dispute !== null) !== (status === 'disputed'))
    return refuse('INVALID_ORDER', statusDispute, { path: 'dispute' }, status);
  if (status === 'pending' && order.policy.acceptanceWindow === null)
    return refuse('INVALID_ORDER', statusNoAcceptanceStep, { path: 'status' });
  const revisionOpen = status === 'revisionRequested' || order.dispute?.from === 'revisionRequested';
  if (revisionOpen && order.policy.revisionResponse === null)
    return refuse('INVALID_ORDER', statusNoRevisionAnswerStep, { path: 'revisionRequest' });
  if ((order.revisionRequest !== null) !== revisionOpen) {
    return refuse('INVALID_ORDER', statusRevisionRequest, { path: 'revisionRequest' }, status, revisionOpen);
  }
  if ((order.deliveryDeadline === null) !== (order.acceptedAt === null))
    return refuse('INVALID_ORDER', statusDeliveryDeadline, { path: 'deliveryDeadline' });
  if (status === 'pending' && order.acceptedAt !== null)
    return refuse('INVALID_ORDER', statusAcceptedAt, { path: 'acceptedAt' }, status);
  if ((working || status === 'disputed') && order.acceptedAt === null)
    return refuse('INVALID_ORDER', statusAcceptedAt, { path: 'acceptedAt' }, status);
  if (order.lateSince !== null && order.acceptedAt === null)
    return refuse('INVALID_ORDER', statusLateSince, { path: 'lateSince' });
  if ((status === 'delivered' || status === 'revisionRequested') && order.deliveredAt === null) {
    return refuse('INVALID_ORDER', statusDeliveredAt, { path: 'deliveredAt' }, status);
  }
  if (status === 'delivered' && order.reviewDeadline === null)
    return refuse('INVALID_ORDER', statusReviewDeadline, { path: 'reviewDeadline' });
  const { cancellation, extension, refund } = order.requests;
  if (!working && (cancellation !== null || extension !== null || refund !== null))
    return refuse('INVALID_ORDER', statusRequests, { path: 'requests' }, status);
  if (extension !== null && status !== 'inProgress')
    return refuse('INVALID_ORDER', statusRequests, { path: 'requests.extension' }, status);
  const pending = order.offers.findIndex((offer) => offer.status === 'pending');
  if (!working && pending !== -1)
    return refuse('INVALID_ORDER', statusOffers, { path: `offers[${pending}].status` }, status);
  if ((order.expiresAt === null) !== (order.policy.maxLifetime === null))
    return refuse('INVALID_ORDER', statusExpiresAt, { path: 'expiresAt' });
  if (order.maxRevisions !== null && order.revisions.accepted > order.maxRevisions) {
    return refuse(
      'INVALID_ORDER',
      revisionsLimit,
      { path: 'revisions.accepted' },
      order.revisions.accepted,
      order.maxRevisions,
    );
  }
  return undefined;
}
