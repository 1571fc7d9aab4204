import type { Duration } from '../time';
import type { Party, SellerCancelRule } from './vocabulary';

/**
 * Every rule that varies between marketplaces, as plain JSON data (SPEC §9). An order stores
 * its policy, so a later change of platform rules never alters an order in flight. Every field is
 * required; derive yours from `presets.comeup`. Durations are ISO 8601 (`PT48H`, `P7D`, `P5M`).
 *
 * @example
 * const acme: Policy = { ...presets.comeup, name: 'acme', reviewWindow: 'P3D' };
 */
export type Policy = {
  /** A label stored with every order, such as `"comeup"`. */
  readonly name: string;
  /**
   * How long the seller has to accept a paid order before it is cancelled with a full refund;
   * `null` for no acceptance step: the order opens in progress, accepted when placed. ComeUp: `PT48H`.
   */
  readonly acceptanceWindow: Duration | null;
  /**
   * How long after the delivery deadline the buyer must wait before cancelling an undelivered
   * order alone; may be zero; `null` for never (the buyer asks or disputes instead). ComeUp: `PT0S`.
   */
  readonly lateGrace: Duration | null;
  /** How long the buyer has to review a delivery before it completes automatically. ComeUp: `P7D`. */
  readonly reviewWindow: Duration;
  /** The review window that restarts when the seller declines a revision. ComeUp: `P7D`. */
  readonly reviewWindowAfterRevisionDecline: Duration;
  /** How long the other party has to answer a cancellation request. ComeUp: `PT48H`. */
  readonly cancellationResponse: Duration;
  /** What an unanswered cancellation request becomes. ComeUp: `"expire"`. */
  readonly onCancellationTimeout: 'expire' | 'accept' | 'dispute';
  /** How many buyer cancellation requests the seller may decline on an undelivered order before a dispute opens; `null` for never. ComeUp: `2`. */
  readonly autoDisputeAfterDeclinedCancellations: number | null;
  /**
   * How long the seller has to answer a revision request before the buyer is told it is overdue;
   * `null` for no answer step: a revision request sends the order straight back to work. ComeUp: `PT48H`.
   */
  readonly revisionResponse: Duration | null;
  /** How long the buyer has to answer an extension request. ComeUp: `PT48H`. */
  readonly extensionResponse: Duration;
  /** How long after payment an order that is not disputed expires; `null` for never. ComeUp: `P5M`. */
  readonly maxLifetime: Duration | null;
  /** Where held money goes when an order expires: to the platform, back to the buyer, or to the seller. ComeUp: `"forfeit"`. */
  readonly onExpiry: 'forfeit' | 'refund' | 'release';
  /** Whether a full refund returns the buyer fee, and whether a partial refund returns its share of it. ComeUp: `{ onCancel: true, onPartialRefund: "proportional" }`. */
  readonly refundBuyerFee: { readonly onCancel: boolean; readonly onPartialRefund: 'proportional' | 'none' };
  /** Whether the seller cancels an accepted order alone (`"direct"`, full refund) or must send a cancellation request (`"request"`). ComeUp: `"direct"`. */
  readonly sellerCancel: SellerCancelRule;
  /**
   * Who may propose a partial refund (distinct roles among `"buyer"` and `"seller"`, possibly
   * none), and the most all partial refunds may total as a share of the items paid (a rate in
   * [0, 1], or `null` for no cap). Dispute splits ignore both. ComeUp: `{ proposers: ["buyer", "seller"], maxShare: null }`.
   */
  readonly partialRefunds: { readonly proposers: readonly Party[]; readonly maxShare: string | null };
};
