import type { Order } from '../../model/types';
import { invalidOrder } from './invalidOrder';

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
 * - accepted revisions never exceed `maxRevisions`.
 *
 * @throws SequestreError `INVALID_ORDER` naming the first field that does not fit the status.
 */
export function checkStatus(order: Order): void {
  const { status } = order;
  const working = status === 'inProgress' || status === 'delivered' || status === 'revisionRequested';
  if ((order.dispute !== null) !== (status === 'disputed')) {
    invalidOrder('dispute', 'status.dispute', status === 'disputed' ? 'dispute must be set while the order is disputed.' : `dispute must be null while the order is ${status}.`);
  }
  const revisionOpen = status === 'revisionRequested' || order.dispute?.from === 'revisionRequested';
  if ((order.revisionRequest !== null) !== revisionOpen) {
    invalidOrder('revisionRequest', 'status.revisionRequest', revisionOpen ? `revisionRequest must be set while a revision request is open.` : `revisionRequest must be null while the order is ${status}.`);
  }
  if ((order.deliveryDeadline === null) !== (order.acceptedAt === null)) {
    invalidOrder('deliveryDeadline', 'status.deliveryDeadline', 'deliveryDeadline must be set exactly when acceptedAt is: the délai de réalisation runs from acceptance.');
  }
  if (status === 'pending' && order.acceptedAt !== null) invalidOrder('acceptedAt', 'status.acceptedAt', 'acceptedAt must be null while the order is pending.');
  if ((working || status === 'disputed') && order.acceptedAt === null) invalidOrder('acceptedAt', 'status.acceptedAt', `acceptedAt must be set while the order is ${status}.`);
  if (order.lateSince !== null && order.acceptedAt === null) invalidOrder('lateSince', 'status.lateSince', 'lateSince must be null for an order that was never accepted.');
  if ((status === 'delivered' || status === 'revisionRequested') && order.deliveredAt === null) invalidOrder('deliveredAt', 'status.deliveredAt', `deliveredAt must be set while the order is ${status}.`);
  if (status === 'delivered' && order.reviewDeadline === null) invalidOrder('reviewDeadline', 'status.reviewDeadline', 'reviewDeadline must be set while the order is delivered.');
  const { cancellation, extension, refund } = order.requests;
  if (!working && (cancellation !== null || extension !== null || refund !== null)) {
    invalidOrder('requests', 'status.requests', `requests must all be null while the order is ${status}: only a working order has pending requests.`);
  }
  if (extension !== null && status !== 'inProgress') invalidOrder('requests.extension', 'status.requests', `requests.extension must be null while the order is ${status}; delivering closes it.`);
  const pending = order.offers.findIndex((offer) => offer.status === 'pending');
  if (!working && pending !== -1) invalidOrder(`offers[${pending}].status`, 'status.offers', `offers[${pending}] cannot be pending while the order is ${status}.`);
  if ((order.expiresAt === null) !== (order.policy.maxLifetime === null)) {
    invalidOrder('expiresAt', 'status.expiresAt', 'expiresAt must be set exactly when policy.maxLifetime is.');
  }
  if (order.maxRevisions !== null && order.revisions.accepted > order.maxRevisions) {
    invalidOrder('revisions.accepted', 'revisions.limit', `revisions.accepted ${order.revisions.accepted} exceeds maxRevisions ${order.maxRevisions}.`);
  }
}
