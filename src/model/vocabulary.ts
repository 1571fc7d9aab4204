/**
 * Every closed vocabulary of the library, once, as `as const` arrays; the types are derived from
 * them, and every table keyed by one of them is typed `satisfies Record<…>`, so the compiler
 * names each place a new member must go. The order of each array is meaningful where noted.
 */

/** SPEC §5. The last three are final. */
export const STATUSES = [
  'pending',
  'inProgress',
  'delivered',
  'revisionRequested',
  'disputed',
  'completed',
  'cancelled',
  'expired',
] as const;
export type OrderStatus = (typeof STATUSES)[number];

/** SPEC §5: completed, cancelled and expired are final; nothing changes them any more. */
export const FINAL_STATUSES = ['completed', 'cancelled', 'expired'] as const satisfies readonly OrderStatus[];
export type FinalStatus = (typeof FINAL_STATUSES)[number];

/** The statuses in which the seller works on a delivery, and from which a dispute may open. */
export const WORKING_STATUSES = [
  'inProgress',
  'delivered',
  'revisionRequested',
] as const satisfies readonly OrderStatus[];
export type WorkingStatus = (typeof WORKING_STATUSES)[number];

/** Who acts. `system` is the scheduler; it only sends `clock.tick`. */
export const ROLES = ['buyer', 'seller', 'platform', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** The two parties of an order, who have ids and are checked against it. */
export const PARTIES = ['buyer', 'seller'] as const satisfies readonly Role[];
export type Party = (typeof PARTIES)[number];

/** Who a notification goes to (SPEC §8). */
export const RECIPIENTS = ['buyer', 'seller', 'platform'] as const satisfies readonly Role[];
export type Recipient = (typeof RECIPIENTS)[number];

/** Every public event type, in the order of SPEC §3's table, which is also the order of `availableActions`. */
export const EVENT_TYPES = [
  'order.accept',
  'order.decline',
  'order.cancel',
  'order.deliver',
  'order.complete',
  'revision.request',
  'revision.accept',
  'revision.decline',
  'cancellation.request',
  'cancellation.accept',
  'cancellation.decline',
  'cancellation.withdraw',
  'extension.request',
  'extension.accept',
  'extension.decline',
  'extension.withdraw',
  'option.add',
  'offer.propose',
  'offer.accept',
  'offer.decline',
  'offer.withdraw',
  'refund.propose',
  'refund.accept',
  'refund.decline',
  'refund.withdraw',
  'dispute.open',
  'dispute.withdraw',
  'dispute.resolve',
  'clock.tick',
] as const;
export type OrderEventType = (typeof EVENT_TYPES)[number];

/** SPEC §6, in the order deadlines at the same instant apply, which `nextDeadline` also breaks ties by. */
export const DEADLINE_KINDS = [
  'acceptance',
  'delivery',
  'review',
  'cancellationResponse',
  'extensionResponse',
  'revisionResponse',
  'expiry',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** How the platform ends a dispute (SPEC §5 disputed). */
export const DISPUTE_OUTCOMES = ['refund', 'release', 'split', 'restart'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** What an extra is: an option the buyer bought, or a custom offer the buyer accepted. */
export const EXTRA_KINDS = ['option', 'offer'] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];

/** What became of a custom offer; only `pending` ones can be accepted. */
export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'closed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** The parties money can sit with. `escrow` is the held account itself. */
export const ACCOUNTS = ['buyer', 'escrow', 'seller', 'platform'] as const;
export type Account = (typeof ACCOUNTS)[number];

/** Why the platform keeps money (SPEC §8 `breakdown`), in the order of the breakdown. */
export const REVENUE_COMPONENTS = ['commission', 'tipCommission', 'buyerFee', 'forfeited'] as const;
export type RevenueComponent = (typeof REVENUE_COMPONENTS)[number];

/** What an unanswered cancellation request becomes (policy `onCancellationTimeout`). */
export const CANCELLATION_TIMEOUT_OUTCOMES = ['expire', 'accept', 'dispute'] as const;
/** Where held money goes when an order expires (policy `onExpiry`). */
export const EXPIRY_OUTCOMES = ['forfeit', 'refund', 'release'] as const;
/** How the seller ends an accepted order (policy `sellerCancel`): alone, or by asking the buyer. */
export const SELLER_CANCEL_RULES = ['direct', 'request'] as const;
export type SellerCancelRule = (typeof SELLER_CANCEL_RULES)[number];
/** How a partial refund treats the buyer fee (policy `refundBuyerFee.onPartialRefund`). */
export const PARTIAL_FEE_RULES = ['proportional', 'none'] as const;
export type PartialFeeRule = (typeof PARTIAL_FEE_RULES)[number];
