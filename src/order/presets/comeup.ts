import type { Policy } from '../../model/policy';

/**
 * ComeUp's rules as its public help pages state them (SPEC §9), the default policy:
 * - acceptance 48 h, else cancelled and refunded: support-fr 1729, support-en 1749;
 * - no grace once late, the buyer may cancel alone: support-en 1767;
 * - 7 days to review a delivery, then auto-completed: support-en 1750;
 * - 48 h to answer a cancellation request or a revision request: support-en 1792, support-fr 1741;
 * - a dispute opens after two declined cancellation requests: support-en 1465;
 * - orders expire after 5 months and the money goes to ComeUp: support-en 1481;
 * - the seller may cancel directly (support-fr 1734), and either party may propose a partial refund.
 * ComeUp has no extension feature; 48 h mirrors its other response windows.
 */
export const comeup: Policy = Object.freeze({
  name: 'comeup',
  acceptanceWindow: 'PT48H',
  lateGrace: 'PT0S',
  reviewWindow: 'P7D',
  reviewWindowAfterRevisionDecline: 'P7D',
  cancellationResponse: 'PT48H',
  onCancellationTimeout: 'expire',
  autoDisputeAfterDeclinedCancellations: 2,
  revisionResponse: 'PT48H',
  extensionResponse: 'PT48H',
  maxLifetime: 'P5M',
  onExpiry: 'forfeit',
  refundBuyerFee: Object.freeze({ onCancel: true, onPartialRefund: 'proportional' }),
  sellerCancel: 'direct',
  partialRefunds: Object.freeze({ proposers: Object.freeze(['buyer', 'seller'] as const), maxShare: null }),
} as const);
