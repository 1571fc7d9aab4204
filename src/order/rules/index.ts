import { deadlineMsOf } from '../../deadlines/deadlineOf';
import type { Refusal } from '../../errors';
import type { DeadlineKind, DisputeOutcome, Order, Policy } from '../../model/types';
import type { WorkingStatus } from '../../model/vocabulary';
import type { MachineEvent } from '../updates/context';
import { refuseCancel } from './cancel';
import { type Attempt, attemptOf } from './context';
import { refuseDisputeWithdraw } from './dispute';
import {
  refuseNoPendingOffer,
  refuseNoPendingOfferThatFits,
  refuseNoRoomForExtra,
  refuseOfferAccept,
  refuseOfferAnswer,
  refuseOfferPropose,
  refuseOptionAdd,
} from './extras';
import {
  refuseAboveMaxShare,
  refuseNoRefundRoom,
  refuseNoShareRoom,
  refuseProposer,
  refuseRefundAmount,
} from './refund';
import { refuseAnswer, refusePendingExtensionMissing, refuseSecondRequest, refuseWithdraw } from './requests';
import { refuseRevisionRequest, withRevisionAnswerStep } from './revision';

/**
 * The rules behind the machine's guards, one per guard name (SPEC §3, the state's own rules).
 * A guard passes when its rule finds nothing to say. A rule answers in one of three ways:
 * - `undefined`: the transition may be taken;
 * - a refusal: the event is refused, and this is why (`applyEvent`'s error, `availableActions`'
 *   reason);
 * - `MISS`: this transition is not the one for this event (another outcome, another status the
 *   dispute froze), so the machine looks at the next one; a miss is never a reason.
 * Each rule answers twice: `check`, with the event's payload, for the machine and `applyEvent`;
 * `checkAny`, without it, for `availableActions`: whether some payload could pass. Why an event
 * is refused is then read from the machine's own transitions (`src/engine/verdicts.ts`).
 */

/** This transition does not apply to this event; the machine tries the next one. */
export const MISS = Symbol('miss');

/** What a rule answers. */
export type Verdict = Refusal | typeof MISS | undefined;

/** One rule: with the event, and for any payload. `P` is the guard's parameters in the machine. */
export type Rule<P = undefined> = {
  readonly check: (order: Order, event: MachineEvent, params: P) => Verdict;
  readonly checkAny: (attempt: Attempt, params: P) => Verdict;
};

type Of<T extends MachineEvent['type']> = Extract<MachineEvent, { type: T }>;

/** A rule that needs only who acts and when: the same answer with or without a payload. */
function payloadFree(check: (attempt: Attempt) => Verdict): Rule {
  return { check: (order, event) => check(attemptOf(order, event)), checkAny: check };
}

/** A rule whose payload matters: `check` reads it, `checkAny` asks whether some payload could pass. */
function withPayload<T extends MachineEvent['type'], P = undefined>(
  check: (order: Order, event: Of<T>, params: P) => Verdict,
  checkAny: (attempt: Attempt, params: P) => Verdict,
): Rule<P> {
  return { check: check as Rule<P>['check'], checkAny };
}

/** A deadline event applies only when its deadline is pending and reached at its instant (SPEC §6). */
function deadlineReached(order: Order, event: MachineEvent, kind: DeadlineKind): Verdict {
  const at = deadlineMsOf(order, kind);
  return at !== null && at <= Date.parse(event.at) ? undefined : MISS;
}

/** SPEC §5, ComeUp support-en 1465: the seller declines the buyer's Nth request on a never-delivered order. */
function isAutoDisputeDue(order: Order): boolean {
  const threshold = order.policy.autoDisputeAfterDeclinedCancellations;
  return (
    threshold !== null &&
    order.deliveredAt === null &&
    // Stryker disable next-line OptionalChaining: asked only after a pending request passed; the chain is a safety net.
    order.requests.cancellation?.by.role === 'buyer' &&
    order.declinedCancellations + 1 >= threshold
  );
}

/** Only the opener withdraws its dispute, and each withdrawal returns to the status the dispute froze. */
function openerWithdrawing(attempt: Attempt, from: WorkingStatus): Verdict {
  // Stryker disable next-line OptionalChaining: asked only while disputed; the chain is a safety net.
  return refuseDisputeWithdraw(attempt) ?? (attempt.order.dispute?.from === from ? undefined : MISS);
}

/**
 * `checkAny` of the rules that guard the machine's own transitions (placement, deadlines, their
 * outcomes): no party sends those events, so `availableActions` never asks.
 */
// Stryker disable next-line ArrowFunction: never called, as said above
const neverSentByAParty = (): Verdict => MISS;

export const RULES = {
  isCancellationAllowed: payloadFree(refuseCancel),
  hasNoPendingCancellationRequest: payloadFree(refuseSecondRequest('cancellation')),
  isAnsweringCancellationRequest: payloadFree(refuseAnswer('cancellation')),
  /** An answer to a cancellation request that opens the automatic dispute (it must first be a valid answer). */
  isDeclineOpeningDispute: payloadFree(
    (attempt) => refuseAnswer('cancellation')(attempt) ?? (isAutoDisputeDue(attempt.order) ? undefined : MISS),
  ),
  isSentByCancellationRequester: payloadFree(refuseWithdraw('cancellation')),
  hasNoPendingExtensionRequest: payloadFree(refuseSecondRequest('extension')),
  hasPendingExtensionRequest: payloadFree(refusePendingExtensionMissing),
  /** A revision request the seller answers (SPEC §5 delivered). */
  isRevisionRequestAllowed: payloadFree(
    (attempt) => refuseRevisionRequest(attempt) ?? (withRevisionAnswerStep(attempt.order) ? undefined : MISS),
  ),
  /** A revision request that sends the order straight back to work: the policy has no answer step (SPEC §9). */
  isRevisionRequestReopeningWork: payloadFree(
    (attempt) => refuseRevisionRequest(attempt) ?? (withRevisionAnswerStep(attempt.order) ? MISS : undefined),
  ),
  isOptionPaymentValid: withPayload<'option.add'>(refuseOptionAdd, ({ order }) =>
    refuseNoRoomForExtra(order, 'option.price'),
  ),
  isOfferProposalValid: withPayload<'offer.propose'>(refuseOfferPropose, ({ order }) =>
    refuseNoRoomForExtra(order, 'offer.price'),
  ),
  isOfferPaymentValid: withPayload<'offer.accept'>(refuseOfferAccept, ({ order }) =>
    refuseNoPendingOfferThatFits(order),
  ),
  isOfferPending: withPayload<'offer.decline' | 'offer.withdraw'>(refuseOfferAnswer, ({ order }) =>
    refuseNoPendingOffer(order),
  ),
  /** SPEC §9: the proposer first (before `CONFLICT`), then one at a time, then the amount and the policy's cap. */
  isRefundProposalValid: withPayload<'refund.propose'>(
    (order, event) => {
      const attempt = attemptOf(order, event);
      return (
        refuseProposer(attempt) ??
        refuseSecondRequest('refund')(attempt) ??
        refuseRefundAmount(order, event.amount, 'amount') ??
        refuseAboveMaxShare(order, event.amount, 'amount')
      );
    },
    (attempt) =>
      refuseProposer(attempt) ??
      refuseSecondRequest('refund')(attempt) ??
      refuseNoRefundRoom(attempt.order) ??
      refuseNoShareRoom(attempt.order),
  ),
  isAnsweringRefundProposal: payloadFree(refuseAnswer('refund')),
  isSentByRefundProposer: payloadFree(refuseWithdraw('refund')),
  isOpenerWithdrawing: {
    check: (order, event, { from }) => openerWithdrawing(attemptOf(order, event), from),
    checkAny: (attempt, { from }) => openerWithdrawing(attempt, from),
  } satisfies Rule<{ from: WorkingStatus }>,
  /** The platform's decision of a dispute: each outcome its transition; a split's refund in range. */
  isResolvedAs: withPayload<'dispute.resolve', { outcome: DisputeOutcome }>(
    (order, event, { outcome }) =>
      event.outcome !== outcome
        ? MISS
        : outcome === 'split'
          ? refuseRefundAmount(order, event.refund!, 'refund')
          : undefined,
    // Some outcome always fits: a refund, a release or a restart needs nothing of the order.
    () => undefined,
  ),
  /** Whether the order's policy has an acceptance step: where a placed order starts (SPEC §9). */
  hasAcceptanceStep: {
    check: (order) => (order.policy.acceptanceWindow === null ? MISS : undefined),
    checkAny: neverSentByAParty,
  } satisfies Rule,
  isDeadlineReached: {
    check: (order, event, { kind }) => deadlineReached(order, event, kind),
    checkAny: neverSentByAParty,
  } satisfies Rule<{ kind: DeadlineKind }>,
  isCancellationTimeoutOutcome: {
    check: (order, _event, { outcome }) => (order.policy.onCancellationTimeout === outcome ? undefined : MISS),
    checkAny: neverSentByAParty,
  } satisfies Rule<{ outcome: Policy['onCancellationTimeout'] }>,
  isExpiryOutcome: {
    check: (order, _event, { outcome }) => (order.policy.onExpiry === outcome ? undefined : MISS),
    checkAny: neverSentByAParty,
  } satisfies Rule<{ outcome: Policy['onExpiry'] }>,
};

/** The name of a guard of the machine, which is also the name of its rule. */
export type GuardName = keyof typeof RULES;
