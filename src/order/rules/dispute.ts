import { disputeNotOpener, type Refusal, refuse } from '../../errors';
import type { Attempt } from './context';
import { isSameParty } from './requests';

/**
 * `dispute.withdraw`: only the opener ends its dispute this way. A dispute opened by `system`
 * (after declined cancellations or an unanswered request) has no opener who can withdraw it:
 * only the platform ends it, by resolving or cancelling (SPEC §5).
 */
export function refuseDisputeWithdraw({ order, by }: Attempt): Refusal | undefined {
  const opener = order.dispute?.openedBy;
  if (opener !== undefined && isSameParty(opener, by)) return undefined;
  return refuse('NOT_ALLOWED', disputeNotOpener, {}, opener?.role === 'system');
}
