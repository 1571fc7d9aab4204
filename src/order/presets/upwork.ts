import type { Policy } from '../../model/policy';

/**
 * Upwork's rules for a fixed-price contract with one milestone, as support.upwork.com states
 * them (SPEC §9; sources in docs/policy.md and research/domain-lifecycles.md §3):
 * - no acceptance step: the freelancer accepted the contract before the client funds it;
 * - no late status and no unilateral cancellation: the client ends the contract through an
 *   escrow refund request (article 360000990228);
 * - 14 days to review a submission, then the payment is released (article 17974824831507);
 * - 7 days for the freelancer to answer an escrow refund request, and silence approves it
 *   (article 211062058, Get an escrow refund);
 * - "request changes" needs no answer: the freelancer resubmits (article 17974824831507);
 * - the freelancer gets 10 % less on release; the client pays no fee back on a partial release.
 * Values Upwork does not publish are choices (marked † in docs/policy.md): the extension answer
 * window and refunding on expiry (Upwork milestones do not expire).
 */
export const upwork: Policy = Object.freeze({
  name: 'upwork',
  acceptanceWindow: null,
  lateGrace: null,
  reviewWindow: 'P14D',
  reviewWindowAfterRevisionDecline: 'P14D',
  cancellationResponse: 'P7D',
  onCancellationTimeout: 'accept',
  autoDisputeAfterDeclinedCancellations: null,
  revisionResponse: null,
  extensionResponse: 'PT48H',
  maxLifetime: null,
  onExpiry: 'refund',
  refundBuyerFee: Object.freeze({ onCancel: true, onPartialRefund: 'none' }),
  sellerCancel: 'direct',
  partialRefunds: Object.freeze({ proposers: Object.freeze(['buyer', 'seller'] as const), maxShare: null }),
} as const);
