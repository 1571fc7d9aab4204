import type { Duration } from '../../time';

/**
 * Every rule that varies between marketplaces, as plain JSON data (SPEC §9). An order stores
 * its policy, so a later change of platform rules never alters an order in flight.
 */
export type Policy = {
  readonly name: string;
  readonly acceptanceWindow: Duration;
  readonly lateGrace: Duration;
  readonly reviewWindow: Duration;
  readonly reviewWindowAfterRevisionDecline: Duration;
  readonly cancellationResponse: Duration;
  readonly onCancellationTimeout: 'expire' | 'accept' | 'dispute';
  readonly autoDisputeAfterDeclinedCancellations: number | null;
  readonly revisionResponse: Duration;
  readonly extensionResponse: Duration;
  readonly maxLifetime: Duration | null;
  readonly onExpiry: 'forfeit' | 'refund' | 'release';
  readonly refundBuyerFee: { readonly onCancel: boolean; readonly onPartialRefund: 'proportional' | 'none' };
};
