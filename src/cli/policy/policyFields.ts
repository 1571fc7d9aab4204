import type { Policy } from '../../index';

/**
 * What each policy field means, in one sentence, so that `sequestre policy check` can explain an
 * error without sending the reader to the docs (docs/policy.md has the long form and sources).
 */
export const POLICY_FIELDS: Readonly<Record<keyof Policy, string>> = {
  name: 'a name for the policy, stored in every order (a non-empty string)',
  acceptanceWindow:
    'how long the seller has to accept a paid order before it is cancelled and refunded (a positive ISO 8601 duration), or null for no acceptance step: the order starts in progress when placed',
  lateGrace:
    'how long after the delivery deadline the buyer must wait before cancelling an undelivered order alone (an ISO 8601 duration, may be PT0S), or null: the buyer never cancels alone, only by request or dispute',
  reviewWindow:
    'how long the buyer has to review a delivery before it completes automatically (a positive ISO 8601 duration)',
  reviewWindowAfterRevisionDecline:
    'the review window that restarts when the seller declines a revision (a positive ISO 8601 duration)',
  cancellationResponse: 'how long the other party has to answer a cancellation request (a positive ISO 8601 duration)',
  onCancellationTimeout: 'what an unanswered cancellation request becomes: "expire", "accept" or "dispute"',
  autoDisputeAfterDeclinedCancellations:
    'how many buyer cancellation requests the seller may decline on an undelivered order before a dispute opens (an integer 1–100, or null for never)',
  revisionResponse:
    'how long the seller has to answer a revision request before the buyer is told it is overdue (a positive ISO 8601 duration), or null for no answer step: a revision request sends the order straight back to work',
  extensionResponse: 'how long the buyer has to answer an extension request (a positive ISO 8601 duration)',
  maxLifetime:
    'how long after payment an order that is not disputed expires (a positive ISO 8601 duration, or null for never)',
  onExpiry: 'where held money goes when an order expires: "forfeit" (to the platform), "refund" or "release"',
  refundBuyerFee:
    'whether refunds return the buyer fee: { "onCancel": true | false, "onPartialRefund": "proportional" | "none" }',
  sellerCancel:
    'whether the seller cancels an accepted order alone with a full refund ("direct") or must send a cancellation request ("request")',
  partialRefunds:
    'who may propose a partial refund and the most all of them may total as a share of the items: { "proposers": ["buyer", "seller"], "maxShare": "0.6" | null }',
};
