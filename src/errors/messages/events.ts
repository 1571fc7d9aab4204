import type { Actor } from '../../model/types';
import type { OrderEventType, OrderStatus, Role } from '../../model/vocabulary';
import { message } from '../refusal';

/**
 * The messages of `applyEvent`'s checks and of the state's own rules (SPEC §3, §5): who may send
 * what, when, and what the order's state allows. They say what would be accepted instead.
 */

/** How messages name a status. */
const STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending: 'pending (waiting for the seller to accept)',
  inProgress: 'in progress',
  delivered: 'delivered (waiting for the buyer to review)',
  revisionRequested: 'waiting for the seller to answer a revision request',
  disputed: 'frozen by a dispute',
  completed: 'completed',
  cancelled: 'cancelled',
  expired: 'expired',
};

/** The requests one party opens, as a sentence names them, with their article to open one. */
const REQUESTS = {
  cancellation: ['cancellation request', 'A cancellation request'],
  refund: ['partial refund proposal', 'A partial refund proposal'],
  extension: ['extension request', 'An extension request'],
} as const;

// The request messages are made per kind of request. Marked free of side effects, so that a bundle
// that never refuses a request (sequestre/escrow) drops the messages made with them.
type Kind = keyof typeof REQUESTS;
/* @__NO_SIDE_EFFECTS__ */
function alreadyPending(kind: Kind) {
  return () => `${REQUESTS[kind][1]} is already pending; wait for its answer or withdraw it first.`;
}
/* @__NO_SIDE_EFFECTS__ */
function nonePending(kind: Kind) {
  return () => `There is no pending ${REQUESTS[kind][0]} on this order.`;
}
/* @__NO_SIDE_EFFECTS__ */
function ownRequest(kind: Kind) {
  return () => `A party cannot answer its own ${REQUESTS[kind][0]}; the other party answers it.`;
}
/* @__NO_SIDE_EFFECTS__ */
function notRequester(kind: Kind) {
  return () => `Only the party that made the ${REQUESTS[kind][0]} can withdraw it.`;
}

export const eventIdReused = message(
  'event.idReused',
  (_details, id: string) =>
    `The event id "${id}" was already used on this order for another event (another type, sender or payload); reuse an id only to retry the same event, and give every new event a new id.`,
);
export const senderRole = message(
  'sender.role',
  ({ allowed }, role: Role, type: OrderEventType) =>
    `The ${role} cannot send ${type}; only the ${allowed.join(' or ')} can.`,
);
export const senderParty = message(
  'sender.party',
  (_details, by: Actor, orderId: string) => `"${by.id}" is not the ${by.role} of order ${orderId}.`,
);
export const timeBeforeLastChange = message(
  'time.beforeLastChange',
  ({ lastChangeAt }, at: string) =>
    `The event happened at ${at}, before the order's last change at ${lastChangeAt}; re-read the order and decide again.`,
);
export const orderClosed = message(
  'order.closed',
  ({ status }) => `The order is ${status}; nothing can change it any more.`,
);
export const orderRecordsFull = message(
  'order.recordsFull',
  ({ limit }) =>
    `This order holds the most records an order may keep (${limit}); only the platform can still cancel it or resolve its dispute.`,
);
export const statusRefuses = message(
  'status.refuses',
  ({ status }, type: OrderEventType) => `${type} is not possible while the order is ${STATUS_LABELS[status]}.`,
);
export const cancelDisputed = message(
  'cancel.disputed',
  () => 'The order is frozen by a dispute; only the platform can cancel it now.',
);
export const cancelAfterDelivery = message(
  'cancel.afterDelivery',
  () =>
    'The seller has delivered this order, so the buyer can no longer cancel alone; ask the seller for a cancellation or open a dispute.',
);
export const cancelBeforeLate = message(
  'cancel.beforeLate',
  ({ from }) =>
    `The buyer can cancel alone from ${from}, if the order is not delivered by then; before that, send a cancellation request.`,
);
export const cancelNoLateCancellation = message(
  'cancel.noLateCancellation',
  () =>
    "Under this order's policy the buyer never cancels an order in progress alone, late or not; send a cancellation request or open a dispute.",
);
export const cancelSellerMustRequest = message(
  'cancel.sellerMustRequest',
  () =>
    "Under this order's policy the seller cannot cancel an accepted order alone; send a cancellation request, which the buyer accepts or lets expire.",
);
export const cancellationAlreadyPending = message('cancellation.alreadyPending', alreadyPending('cancellation'));
export const cancellationNonePending = message('cancellation.nonePending', nonePending('cancellation'));
export const cancellationOwnRequest = message('cancellation.ownRequest', ownRequest('cancellation'));
export const cancellationNotRequester = message('cancellation.notRequester', notRequester('cancellation'));
export const extensionAlreadyPending = message('extension.alreadyPending', alreadyPending('extension'));
export const extensionNonePending = message('extension.nonePending', nonePending('extension'));
export const refundAlreadyPending = message('refund.alreadyPending', alreadyPending('refund'));
export const refundNonePending = message('refund.nonePending', nonePending('refund'));
export const refundOwnRequest = message('refund.ownRequest', ownRequest('refund'));
export const refundNotRequester = message('refund.notRequester', notRequester('refund'));
export const refundOutOfRange = message(
  'refund.outOfRange',
  ({ path, below }, currency: string) =>
    `${path} must be above 0 and below ${below} ${currency}, what is left of the items; for everything, cancel instead.`,
);
export const refundProposerNotAllowed = message('refund.proposerNotAllowed', ({ allowed }, role: Role) =>
  allowed.length === 0
    ? `This order's policy lets nobody propose a partial refund; the ${role} can ask for a cancellation or open a dispute instead.`
    : `This order's policy lets only the ${allowed.join(' or ')} propose a partial refund; the ${role} can ask for one in the chat, or open a dispute.`,
);
export const refundAboveMaxShare = message(
  'refund.aboveMaxShare',
  ({ path, maxShare, max }, currency: string) =>
    `${path} would bring the partial refunds past ${maxShare} of the items, this order's cap; propose at most ${max} ${currency}, or open a dispute.`,
);
export const revisionDeclinedSinceDelivery = message(
  'revision.declinedSinceDelivery',
  () => 'The seller declined a revision of this delivery; complete the order or open a dispute.',
);
export const revisionLimitReached = message(
  'revision.limitReached',
  ({ limit }) => `All ${limit} revisions included in this order were used; complete the order or open a dispute.`,
);
// A dispute the system opened has no opener among the parties: only the platform ends it.
export const disputeNotOpener = message('dispute.notOpener', (_details, openedAutomatically: boolean) =>
  openedAutomatically
    ? 'This dispute was opened automatically; only the platform can end it, by resolving it.'
    : 'Only the party that opened the dispute can withdraw it.',
);
export const optionIdUsed = message(
  'option.idUsed',
  (_details, id: string) => `The id "${id}" is already used in this order; give the option a new id.`,
);
export const offerIdUsed = message(
  'offer.idUsed',
  (_details, id: string) => `The id "${id}" is already used in this order; give the offer a new id.`,
);
export const offerNotPending = message(
  'offer.notPending',
  (_details, offerId: string) =>
    `There is no pending custom offer "${offerId}" on this order; it may have been declined, withdrawn or accepted.`,
);
export const offerNonePending = message('offer.nonePending', () => 'There is no pending custom offer on this order.');
export const amountLifetimeTooLarge = message(
  'amount.lifetimeTooLarge',
  (_details, price: string, total: string, currency: string) =>
    `An extra of ${price} ${currency} would bring what the buyer paid for this order to ${total} ${currency}, past 15 integer digits; open a new order instead.`,
);
export const paymentIdUsed = message(
  'payment.idUsed',
  (_details, id: string) => `The payment id "${id}" already funded this order; each payment needs a new id.`,
);
// The checkout or an extra's payment, as an event pays it, or as a stored order recorded it.
export const paymentAmountMismatch = message(
  'payment.amountMismatch',
  ({ path, expected }, paid: string, due: 'checkout' | 'extra', currency?: string) => {
    const what = due === 'checkout' ? 'the checkout total' : 'the price plus buyer fee';
    if (path !== undefined) return `${path} ${paid} must be ${expected}, ${what} the library charged.`;
    return due === 'checkout'
      ? `The payment of ${paid} ${currency} does not match the checkout total of ${expected} ${currency}; charge quoteOrder(...).total.`
      : `The payment of ${paid} ${currency} does not match the ${expected} ${currency} due (price plus buyer fee); charge quoteExtra(order, price).total.`;
  },
);
