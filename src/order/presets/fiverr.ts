import type { Policy } from '../../model/policy';

/**
 * Fiverr's rules for one order with one delivery, as help.fiverr.com states them (SPEC §9;
 * sources in docs/policy.md and research/domain-lifecycles.md §2):
 * - no acceptance step: a paid order starts (the "awaiting requirements" step is not modelled);
 * - "very late", 24 h past the deadline, the buyer may cancel without the seller (article
 *   12864193979793, How cancellations work);
 * - 3 days to review a delivery, then auto-completed (article 37552517993105, order statuses);
 * - 48 h to answer a cancellation request, and no answer cancels the order (12864193979793);
 * - a revision request needs no answer: the order goes back to work (37552517993105);
 * - the seller cannot force-cancel: it must ask (4417622226833, cancellations for freelancers);
 * - only the seller offers a partial refund, at most 60 % of the price (37552942505105).
 * Values Fiverr does not publish are choices (marked † in docs/policy.md): the extension answer
 * window, refunding on expiry (Fiverr orders do not expire), and no buyer fee back on a partial
 * refund.
 */
export const fiverr: Policy = Object.freeze({
  name: 'fiverr',
  acceptanceWindow: null,
  lateGrace: 'P1D',
  reviewWindow: 'P3D',
  reviewWindowAfterRevisionDecline: 'P3D',
  cancellationResponse: 'PT48H',
  onCancellationTimeout: 'accept',
  autoDisputeAfterDeclinedCancellations: null,
  revisionResponse: null,
  extensionResponse: 'PT48H',
  maxLifetime: null,
  onExpiry: 'refund',
  refundBuyerFee: Object.freeze({ onCancel: true, onPartialRefund: 'none' }),
  sellerCancel: 'request',
  partialRefunds: Object.freeze({ proposers: Object.freeze(['seller'] as const), maxShare: '0.6' }),
} as const);
