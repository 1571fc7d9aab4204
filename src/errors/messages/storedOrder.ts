import type { OrderStatus } from '../../model/vocabulary';
import { message } from '../refusal';
import { parentOf } from './parentOf';

/**
 * The messages of what `parseOrder` refuses in a stored order (SPEC §12), but its ledger's:
 * each names the field (`details.path`) and says what the library would have stored.
 */
export const orderSchemaOutdated = message(
  'order.schemaOutdated',
  () =>
    'This order was stored with schemaVersion 1; pass it through parseOrder first, which migrates it to schemaVersion 2.',
);
export const orderSchemaVersion = message(
  'order.schemaVersion',
  ({ path, expected }, version: unknown) =>
    `${path} ${shownValue(version)} is not supported: this version of sequestre reads orders of schemaVersion ${expected.join(', ')} (the number, not a string).`,
);
export const objectUnknownField = message(
  'object.unknownField',
  ({ path }, holder: string) => `${path} is not a field of ${holder === '' ? 'an order' : holder}; remove it.`,
);
// Only the two fee parts an input may leave out have to be present in a stored order.
export const fieldMissing = message(
  'field.missing',
  ({ path }) =>
    `${path} is missing; a stored order keeps ${path === 'fees.tipCommission' ? 'every fee, "0"' : 'the fixed fee, zero'} when none.`,
);
export const fieldUndefined = message(
  'field.undefined',
  ({ path }) => `${path} is stored as undefined; leave an optional field out instead.`,
);
export const instantNotCanonical = message(
  'instant.notCanonical',
  ({ path, expected }, written: string) =>
    `${path} "${written}" must be stored as ${expected}, in UTC with milliseconds, as the library writes it.`,
);
export const amountNotCanonical = message(
  'amount.notCanonical',
  ({ path, expected }, written: string, digits: number) =>
    `${path} "${written}" must be stored as "${expected}", with exactly ${digits} decimals.`,
);
export const actorNotParty = message(
  'actor.notParty',
  ({ path }, id: string, role: string, partyId: string) =>
    `${path} "${id}" must be the order's ${role} id "${partyId}".`,
);
// An offer extra appears twice only if the same accepted offer joined the extras twice.
export const idsDuplicate = message('ids.duplicate', ({ path }, id: string, offerExtra?: boolean) =>
  offerExtra
    ? `${path} "${id}": the offer was accepted once, so it joins the extras once.`
    : `${path} "${id}" is already used in this order; item, option and offer ids are unique together.`,
);
export const extrasOfferMismatch = message(
  'extras.offerMismatch',
  ({ path }, offerId: string) =>
    `${path} is an offer extra, so it must repeat the accepted offer "${offerId}" of offers.`,
);
export const offersAcceptedWithoutExtra = message(
  'offers.acceptedWithoutExtra',
  ({ path }) => `${parentOf(path)} is accepted, so extras must hold it as an offer extra.`,
);
export const eventIdsDuplicate = message(
  'eventIds.duplicate',
  ({ path }, id: string) => `${path} "${id}" is recorded twice; event ids are unique.`,
);
export const eventIdsFingerprint = message(
  'eventIds.fingerprint',
  ({ path }) => `${path} must be null or the 64 hexadecimal digits of a SHA-256 fingerprint.`,
);
export const requestDeadlineBeforeStart = message(
  'request.deadlineBeforeStart',
  ({ path }, deadline: string, at: string) => `${path} ${deadline} comes before ${parentOf(path)}.at ${at}.`,
);
export const requestRefundTooLarge = message(
  'request.refundTooLarge',
  ({ path }, amount: string, left: string) => `${path} ${amount} must stay below ${left}, what is left of the items.`,
);
export const deadlineBeforeLastChange = message(
  'deadline.beforeLastChange',
  (_details, kind: string, at: string, lastChange: string) =>
    `The ${kind} deadline ${at} is pending but earlier than the order's last change at ${lastChange}; it would have been applied then.`,
);
export const revisionsLimit = message(
  'revisions.limit',
  ({ path }, accepted: number, maxRevisions: number) => `${path} ${accepted} exceeds maxRevisions ${maxRevisions}.`,
);
export const statusDispute = message('status.dispute', ({ path }, status: OrderStatus) =>
  status === 'disputed'
    ? `${path} must be set while the order is disputed.`
    : `${path} must be null while the order is ${status}.`,
);
export const statusRevisionRequest = message(
  'status.revisionRequest',
  ({ path }, status: OrderStatus, open: boolean) =>
    open
      ? `${path} must be set while a revision request is open.`
      : `${path} must be null while the order is ${status}.`,
);
export const statusDeliveryDeadline = message(
  'status.deliveryDeadline',
  ({ path }) => `${path} must be set exactly when acceptedAt is: the délai de réalisation runs from acceptance.`,
);
export const statusAcceptedAt = message(
  'status.acceptedAt',
  ({ path }, status: OrderStatus) =>
    `${path} must be ${status === 'pending' ? 'null' : 'set'} while the order is ${status}.`,
);
export const statusLateSince = message(
  'status.lateSince',
  ({ path }) => `${path} must be null for an order that was never accepted.`,
);
export const statusDeliveredAt = message(
  'status.deliveredAt',
  ({ path }, status: OrderStatus) => `${path} must be set while the order is ${status}.`,
);
export const statusReviewDeadline = message(
  'status.reviewDeadline',
  ({ path }) => `${path} must be set while the order is delivered.`,
);
// All requests of a final or disputed order, or the extension request of a delivered one.
export const statusRequests = message('status.requests', ({ path }, status: OrderStatus) =>
  path === 'requests'
    ? `${path} must all be null while the order is ${status}: only a working order has pending requests.`
    : `${path} must be null while the order is ${status}; delivering closes it.`,
);
export const statusOffers = message(
  'status.offers',
  ({ path }, status: OrderStatus) => `${parentOf(path)} cannot be pending while the order is ${status}.`,
);
export const statusNoAcceptanceStep = message(
  'status.noAcceptanceStep',
  ({ path }) =>
    `${path} cannot be pending: policy.acceptanceWindow is null, so the order started in progress when placed.`,
);
export const statusNoRevisionAnswerStep = message(
  'status.noRevisionAnswerStep',
  ({ path }) =>
    `${path} must be null: policy.revisionResponse is null, so a revision request sends the order straight back to work and none waits for an answer.`,
);
export const requestRefundProposer = message(
  'request.refundProposer',
  ({ path }, role: string) => `${path} is "${role}", a role policy.partialRefunds.proposers does not list.`,
);
export const requestRefundAboveMaxShare = message(
  'request.refundAboveMaxShare',
  ({ path }, amount: string, maxShare: string) =>
    `${path} ${amount} would bring the partial refunds past policy.partialRefunds.maxShare ${maxShare} of the items.`,
);
export const statusExpiresAt = message(
  'status.expiresAt',
  ({ path }) => `${path} must be set exactly when policy.maxLifetime is.`,
);
export const statusMoney = message(
  'status.money',
  (_details, status: OrderStatus, ending: string | null, stillOpen = false) => {
    if (ending === null)
      return `A ${status} order has settled its money, but escrow.ledger still holds it: nothing ended the order.`;
    return stillOpen
      ? `A ${status} order still holds its money, but escrow.ledger ended it with ${ending}.`
      : `A ${status} order cannot end its money with ${ending}.`;
  },
);
export const historyEmpty = message(
  'history.empty',
  ({ path }) => `${path} must start with the order.placed entry; it is empty.`,
);
export const historyFirstEntry = message('history.firstEntry', ({ path }, placedAt?: string) =>
  placedAt === undefined
    ? `${path} must be the order.placed entry, version 1, by the buyer.`
    : `${path} must be placedAt, ${placedAt}.`,
);
export const historyPlacedTwice = message(
  'history.placedTwice',
  ({ path }) => `${parentOf(path)} records order.placed again; an order is placed once.`,
);
export const historyVersionOrder = message(
  'history.versionOrder',
  ({ path }, version: number, previous: number) =>
    `${path} ${version} must be ${previous} or ${previous + 1}: versions grow by one per change.`,
);
export const historyTimeOrder = message(
  'history.timeOrder',
  ({ path }, at: string, previousAt: string) =>
    `${path} ${at} is before the entry above it (${previousAt}); time never goes backwards.`,
);
export const historyVersion = message(
  'history.version',
  ({ path, expected }, version: number) =>
    `${path} ${version} must be the version of the last history entry, ${expected}.`,
);

/** A stored value as a message may show it, whatever it is: text quoted and clipped, numbers as written, anything else by its kind. */
function shownValue(value: unknown): string {
  if (value === undefined) return 'none';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}
