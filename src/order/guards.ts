import { STATE_RULES } from './rules';
import { deadlineOf } from '../deadlines';
import type { DeadlineKind, Dispute, DisputeOutcome, Policy } from '../model/types';
import type { MachineEvent, OrderContext } from './updates/context';

type Args = { context: OrderContext; event: MachineEvent };

/**
 * Whether the state rules let this event through. Every guard below that answers "may this be
 * done?" is this one under a readable name, so the machine and `applyEvent`'s error codes can
 * never disagree: when a guard says no, `applyEvent` asks the same rule for the code.
 */
function isPermitted({ context, event }: Args): boolean {
  return event.type.startsWith('deadline.') || STATE_RULES[event.type as keyof typeof STATE_RULES].refuse(context.order, event as never) === undefined;
}

/** The named guards given to `setup()`. */
export const guards = {
  isCancellationAllowed: isPermitted,
  isRevisionRequestAllowed: isPermitted,
  hasNoPendingCancellationRequest: isPermitted,
  isAnsweringCancellationRequest: isPermitted,
  isSentByCancellationRequester: isPermitted,
  hasNoPendingExtensionRequest: isPermitted,
  hasPendingExtensionRequest: isPermitted,
  isOptionPaymentValid: isPermitted,
  isOfferIdNew: isPermitted,
  isOfferPaymentValid: isPermitted,
  isOfferPending: isPermitted,
  isRefundProposalValid: isPermitted,
  isAnsweringRefundProposal: isPermitted,
  isSentByRefundProposer: isPermitted,
  isSentByDisputeOpener: isPermitted,
  isSplitRefundInRange: isPermitted,

  /** SPEC §5, ComeUp support-en 1465: the seller declines the buyer's Nth request on a never-delivered order. */
  isAutoDisputeDue: ({ context }: Args): boolean => {
    const { order } = context;
    const threshold = order.policy.autoDisputeAfterDeclinedCancellations;
    return threshold !== null && order.deliveredAt === null && order.requests.cancellation?.by.role === 'buyer' && order.declinedCancellations + 1 >= threshold;
  },

  /** A deadline event only acts when its deadline is pending and reached at the event's instant. */
  isDeadlineReached: ({ context, event }: Args, params: { kind: DeadlineKind }): boolean => {
    const at = deadlineOf(context.order, params.kind);
    return at !== null && Date.parse(at) <= Date.parse(event.at);
  },

  isDisputeFrom: ({ context }: Args, params: { status: Dispute['from'] }): boolean => context.order.dispute?.from === params.status,

  isResolution: ({ event }: Args, params: { outcome: DisputeOutcome }): boolean => event.type === 'dispute.resolve' && event.outcome === params.outcome,

  isCancellationTimeoutOutcome: ({ context }: Args, params: { outcome: Policy['onCancellationTimeout'] }): boolean =>
    context.order.policy.onCancellationTimeout === params.outcome,

  isExpiryOutcome: ({ context }: Args, params: { outcome: Policy['onExpiry'] }): boolean => context.order.policy.onExpiry === params.outcome,
};
