import { and, not, setup } from 'xstate';
import { orThrow } from '../errors';
import type { DeadlineKind, OrderInput, OrderStatus, Policy, WorkingStatus } from '../model/types';
import { parsePolicy } from '../parse/parsePolicy';
import { actions } from './actions';
import { guards } from './guards';
import { openOrder } from './openOrder';
import { presets } from './presets';
import type { MachineEvent, OrderContext } from './updates/context';

// Parameterised actions and guards, so the configuration below reads as data.
const entered = (status: OrderStatus) => ({ type: 'setStatus', params: { status } }) as const;
const closed = (status: OrderStatus) => ({ type: 'closeOrder', params: { status } }) as const;
const reached = (kind: DeadlineKind) => ({ type: 'isDeadlineReached', params: { kind } }) as const;
const resolvedAs = (outcome: 'refund' | 'release' | 'split' | 'restart') =>
  ({ type: 'isResolvedAs', params: { outcome } }) as const;
const withdrawnBack = (from: WorkingStatus) => ({ type: 'isOpenerWithdrawing', params: { from } }) as const;
// A deadline's transitions are never explained to a party (only applyEvent sends them), so they
// may combine guards with `and`; the events parties send use one named guard each, which
// `src/engine/verdicts.ts` reads to say why an event is refused.
const onTimeout = (outcome: Policy['onCancellationTimeout']) =>
  and([reached('cancellationResponse'), { type: 'isCancellationTimeoutOutcome', params: { outcome } }]);
const expiry = (
  outcome: Policy['onExpiry'],
  action: 'forfeitExpiredOrder' | 'refundExpiredOrder' | 'releaseExpiredOrder',
) =>
  ({
    guard: and([reached('expiry'), { type: 'isExpiryOutcome', params: { outcome } }]),
    target: '#order.expired',
    actions: action,
  }) as const;
const EXPIRY = [
  expiry('forfeit', 'forfeitExpiredOrder'),
  expiry('refund', 'refundExpiredOrder'),
  expiry('release', 'releaseExpiredOrder'),
];

/**
 * The order lifecycle of SPEC §5 as an XState v5 machine. Time never runs inside it: deadlines
 * arrive as `deadline.<kind>` events that `applyEvent` feeds in when they are reached, so the
 * machine is pure and a persisted order resumes exactly (no `after` timers, xstate issue 5331).
 *
 * @param policy - The policy for inputs that carry none; an order's own policy always governs it.
 * @returns A machine whose input is an `OrderInput` and whose context holds the `Order`.
 * @throws SequestreError `INVALID_INPUT` for an invalid policy.
 * @example
 * const acme = createOrderMachine({ ...presets.comeup, reviewWindow: 'P3D', name: 'acme' });
 */
export function createOrderMachine(policy: Policy = presets.comeup) {
  const defaultPolicy = orThrow(parsePolicy(policy));
  return setup({
    // Stryker disable next-line ObjectLiteral: `types` carries TypeScript's types only; xstate reads nothing of it.
    types: {
      context: {} as OrderContext,
      events: {} as MachineEvent,
      input: {} as OrderInput,
    },
    guards,
    actions,
  }).createMachine({
    id: 'order',
    context: ({ input }) => openOrder(input, defaultPolicy),
    initial: 'placed',
    states: {
      // A paid order waits for the seller's acceptance, or, when its policy has no acceptance
      // step (SPEC §9: Fiverr, Upwork), starts in progress at once, accepted when placed.
      placed: {
        always: [
          { guard: 'hasAcceptanceStep', target: 'pending' },
          { guard: not('hasAcceptanceStep'), target: 'active.inProgress', actions: 'startWorkOnPlacement' },
        ],
      },
      pending: {
        entry: entered('pending'),
        on: {
          'order.accept': { target: 'active.inProgress', actions: 'acceptOrder' },
          'order.decline': { target: 'cancelled', actions: 'declineOrder' },
          'order.cancel': { target: 'cancelled', actions: 'cancelOrder' },
          'option.add': { guard: 'isOptionPaymentValid', actions: 'addOption' },
          'deadline.acceptance': { guard: reached('acceptance'), target: 'cancelled', actions: 'cancelOrder' },
          'deadline.expiry': EXPIRY,
        },
      },
      // The three working statuses share the requests, disputes and expiry.
      active: {
        initial: 'inProgress',
        on: {
          'order.cancel': { guard: 'isCancellationAllowed', target: 'cancelled', actions: 'cancelOrder' },
          'cancellation.request': { guard: 'hasNoPendingCancellationRequest', actions: 'requestCancellation' },
          'cancellation.accept': {
            guard: 'isAnsweringCancellationRequest',
            target: 'cancelled',
            actions: 'acceptCancellation',
          },
          'cancellation.decline': [
            { guard: 'isDeclineOpeningDispute', target: 'disputed', actions: 'declineCancellationIntoDispute' },
            { guard: 'isAnsweringCancellationRequest', actions: 'declineCancellation' },
          ],
          'cancellation.withdraw': { guard: 'isSentByCancellationRequester', actions: 'withdrawCancellation' },
          'offer.decline': { guard: 'isOfferPending', actions: 'declineOffer' },
          'offer.withdraw': { guard: 'isOfferPending', actions: 'withdrawOffer' },
          'refund.propose': { guard: 'isRefundProposalValid', actions: 'proposeRefund' },
          'refund.accept': { guard: 'isAnsweringRefundProposal', actions: 'acceptRefund' },
          'refund.decline': { guard: 'isAnsweringRefundProposal', actions: 'declineRefund' },
          'refund.withdraw': { guard: 'isSentByRefundProposer', actions: 'withdrawRefund' },
          'dispute.open': { target: 'disputed', actions: 'openDispute' },
          'deadline.cancellationResponse': [
            { guard: onTimeout('accept'), target: 'cancelled', actions: 'cancelOrder' },
            { guard: onTimeout('dispute'), target: 'disputed', actions: 'disputeUnansweredCancellation' },
            { guard: reached('cancellationResponse'), actions: 'expireCancellationRequest' },
          ],
          'deadline.expiry': EXPIRY,
        },
        states: {
          inProgress: {
            entry: entered('inProgress'),
            on: {
              'order.deliver': { target: 'delivered', actions: 'deliverOrder' },
              'extension.request': { guard: 'hasNoPendingExtensionRequest', actions: 'requestExtension' },
              'extension.accept': { guard: 'hasPendingExtensionRequest', actions: 'acceptExtension' },
              'extension.decline': { guard: 'hasPendingExtensionRequest', actions: 'declineExtension' },
              'extension.withdraw': { guard: 'hasPendingExtensionRequest', actions: 'withdrawExtension' },
              'option.add': { guard: 'isOptionPaymentValid', actions: 'addOptionToWork' },
              'offer.propose': { guard: 'isOfferProposalValid', actions: 'proposeOffer' },
              'offer.accept': { guard: 'isOfferPaymentValid', actions: 'acceptOfferIntoWork' },
              'deadline.delivery': { guard: reached('delivery'), actions: 'markLate' },
              'deadline.extensionResponse': { guard: reached('extensionResponse'), actions: 'expireExtensionRequest' },
            },
          },
          delivered: {
            entry: entered('delivered'),
            on: {
              'order.complete': { target: '#order.completed', actions: 'completeOrder' },
              'revision.request': [
                { guard: 'isRevisionRequestAllowed', target: 'revisionRequested', actions: 'requestRevision' },
                // SPEC §9 `revisionResponse: null`: no answer step, the order goes back to work.
                { guard: 'isRevisionRequestReopeningWork', target: 'inProgress', actions: 'requestRevisionIntoWork' },
              ],
              'option.add': { guard: 'isOptionPaymentValid', target: 'inProgress', actions: 'addOptionReopeningWork' },
              'offer.propose': { guard: 'isOfferProposalValid', actions: 'proposeOffer' },
              'offer.accept': {
                guard: 'isOfferPaymentValid',
                target: 'inProgress',
                actions: 'acceptOfferReopeningWork',
              },
              'deadline.review': { guard: reached('review'), target: '#order.completed', actions: 'completeOrder' },
            },
          },
          revisionRequested: {
            entry: entered('revisionRequested'),
            on: {
              'revision.accept': { target: 'inProgress', actions: 'acceptRevision' },
              'revision.decline': { target: 'delivered', actions: 'declineRevision' },
              'deadline.revisionResponse': { guard: reached('revisionResponse'), actions: 'markRevisionOverdue' },
            },
          },
        },
      },
      disputed: {
        entry: 'freezeOrder',
        on: {
          'order.cancel': { guard: 'isCancellationAllowed', target: 'cancelled', actions: 'cancelOrder' },
          'dispute.withdraw': [
            { guard: withdrawnBack('inProgress'), target: 'active.inProgress', actions: 'withdrawDispute' },
            { guard: withdrawnBack('delivered'), target: 'active.delivered', actions: 'withdrawDispute' },
            {
              guard: withdrawnBack('revisionRequested'),
              target: 'active.revisionRequested',
              actions: 'withdrawDispute',
            },
          ],
          'dispute.resolve': [
            { guard: resolvedAs('refund'), target: 'cancelled', actions: 'resolveByRefund' },
            { guard: resolvedAs('release'), target: 'completed', actions: 'resolveByRelease' },
            { guard: resolvedAs('split'), target: 'completed', actions: 'resolveBySplit' },
            { guard: resolvedAs('restart'), target: 'active.inProgress', actions: 'resolveByRestart' },
          ],
        },
      },
      completed: { type: 'final', entry: closed('completed') },
      cancelled: { type: 'final', entry: closed('cancelled') },
      expired: { type: 'final', entry: closed('expired') },
    },
  });
}

/** The machine type, for hosts that run it themselves. */
export type OrderMachine = ReturnType<typeof createOrderMachine>;

/** `createOrderMachine()` with the default policy, `presets.comeup`. */
export const orderMachine: OrderMachine = createOrderMachine();
