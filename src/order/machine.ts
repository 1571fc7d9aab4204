import { and, setup } from 'xstate';
import { actions } from './actions';
import { guards } from './guards';
import { openOrder } from './openOrder';
import { presets } from './policy/comeup';
import { parsePolicy } from './policy/parsePolicy';
import type { DeadlineKind, OrderInput, OrderStatus, Policy } from './types';
import type { MachineEvent, OrderContext } from './updates/context';
import type { NotifyParams } from './updates/notify';

// Parameterised actions and guards, so the configuration below reads as data.
const status = (value: OrderStatus) => ({ type: 'setStatus', params: { status: value } }) as const;
const tell = (event: string, extra: Omit<NotifyParams, 'event'> = {}) => ({ type: 'notify', params: { event, ...extra } }) as const;
const reached = (kind: DeadlineKind) => ({ type: 'isDeadlineReached', params: { kind } }) as const;
const expiry = (outcome: Policy['onExpiry'], action: 'forfeitEscrow' | 'refundEverything' | 'releaseEscrow') =>
  ({
    guard: and([reached('expiry'), { type: 'isExpiryOutcome', params: { outcome } }]),
    target: '#order.expired',
    actions: [action, tell('order.expired')],
  }) as const;
const EVERYONE = { to: ['buyer', 'seller', 'platform'] } as const;

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
  const defaultPolicy = parsePolicy(policy);
  return setup({
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
    initial: 'pending',
    states: {
      pending: {
        entry: status('pending'),
        on: {
          'order.accept': { target: 'active.inProgress', actions: ['startWork', tell('order.accepted')] },
          'order.decline': { target: 'cancelled', actions: ['refundEverything', tell('order.declined')] },
          'order.cancel': { target: 'cancelled', actions: ['refundEverything', tell('order.cancelled')] },
          'option.add': { guard: 'isOptionPaymentValid', actions: ['addOption', tell('option.added')] },
          'deadline.acceptance': { guard: reached('acceptance'), target: 'cancelled', actions: ['refundEverything', tell('order.cancelled')] },
          'deadline.expiry': [expiry('forfeit', 'forfeitEscrow'), expiry('refund', 'refundEverything'), expiry('release', 'releaseEscrow')],
        },
      },
      // The three working statuses share the requests, disputes and expiry.
      active: {
        initial: 'inProgress',
        on: {
          'order.cancel': { guard: 'isCancellationAllowed', target: 'cancelled', actions: ['refundEverything', tell('order.cancelled')] },
          'cancellation.request': { guard: 'hasNoPendingCancellationRequest', actions: ['openCancellationRequest', tell('cancellation.requested')] },
          'cancellation.accept': { guard: 'isAnsweringCancellationRequest', target: 'cancelled', actions: ['refundEverything', tell('cancellation.accepted')] },
          'cancellation.decline': [
            {
              guard: and(['isAnsweringCancellationRequest', 'isAutoDisputeDue']),
              target: 'disputed',
              actions: ['declineCancellationRequest', tell('cancellation.declined'), 'openAutomaticDispute', 'recordAutomaticDispute', tell('dispute.opened', EVERYONE)],
            },
            { guard: 'isAnsweringCancellationRequest', actions: ['declineCancellationRequest', tell('cancellation.declined')] },
          ],
          'cancellation.withdraw': { guard: 'isSentByCancellationRequester', actions: ['closeCancellationRequest', tell('cancellation.withdrawn')] },
          'offer.decline': { guard: 'isOfferPending', actions: ['endOffer', tell('offer.declined')] },
          'offer.withdraw': { guard: 'isOfferPending', actions: ['endOffer', tell('offer.withdrawn')] },
          'refund.propose': { guard: 'isRefundProposalValid', actions: ['openRefundProposal', tell('refund.proposed')] },
          'refund.accept': { guard: 'isAnsweringRefundProposal', actions: ['acceptRefundProposal', tell('refund.accepted')] },
          'refund.decline': { guard: 'isAnsweringRefundProposal', actions: ['closeRefundProposal', tell('refund.declined')] },
          'refund.withdraw': { guard: 'isSentByRefundProposer', actions: ['closeRefundProposal', tell('refund.withdrawn')] },
          'dispute.open': { target: 'disputed', actions: ['openDispute', tell('dispute.opened', { alsoPlatform: true })] },
          'deadline.cancellationResponse': [
            {
              guard: and([reached('cancellationResponse'), { type: 'isCancellationTimeoutOutcome', params: { outcome: 'accept' } } as const]),
              target: 'cancelled',
              actions: ['refundEverything', tell('order.cancelled')],
            },
            {
              guard: and([reached('cancellationResponse'), { type: 'isCancellationTimeoutOutcome', params: { outcome: 'dispute' } } as const]),
              target: 'disputed',
              actions: ['openAutomaticDispute', tell('dispute.opened', EVERYONE)],
            },
            { guard: reached('cancellationResponse'), actions: ['closeCancellationRequest', tell('cancellation.expired')] },
          ],
          'deadline.expiry': [expiry('forfeit', 'forfeitEscrow'), expiry('refund', 'refundEverything'), expiry('release', 'releaseEscrow')],
        },
        states: {
          inProgress: {
            entry: status('inProgress'),
            on: {
              'order.deliver': { target: 'delivered', actions: ['recordDelivery', tell('order.delivered')] },
              'extension.request': { guard: 'hasNoPendingExtensionRequest', actions: ['openExtensionRequest', tell('extension.requested')] },
              'extension.accept': { guard: 'hasPendingExtensionRequest', actions: ['acceptExtension', tell('extension.accepted')] },
              'extension.decline': { guard: 'hasPendingExtensionRequest', actions: ['closeExtensionRequest', tell('extension.declined')] },
              'extension.withdraw': { guard: 'hasPendingExtensionRequest', actions: ['closeExtensionRequest', tell('extension.withdrawn')] },
              'option.add': { guard: 'isOptionPaymentValid', actions: ['addOption', 'pushDeliveryDeadline', tell('option.added')] },
              'offer.propose': { guard: 'isOfferIdNew', actions: ['proposeOffer', tell('offer.proposed')] },
              'offer.accept': { guard: 'isOfferPaymentValid', actions: ['acceptOffer', 'pushDeliveryDeadline', tell('offer.accepted')] },
              'deadline.delivery': { guard: reached('delivery'), actions: ['markLate', tell('order.late')] },
              'deadline.extensionResponse': { guard: reached('extensionResponse'), actions: ['closeExtensionRequest', tell('extension.expired')] },
            },
          },
          delivered: {
            entry: status('delivered'),
            on: {
              'order.complete': { target: '#order.completed', actions: ['releaseEscrow', tell('order.completed')] },
              'revision.request': { guard: 'isRevisionRequestAllowed', target: 'revisionRequested', actions: ['openRevisionRequest', tell('revision.requested')] },
              'option.add': { guard: 'isOptionPaymentValid', target: 'inProgress', actions: ['addOption', 'reopenDelivery', tell('option.added')] },
              'offer.propose': { guard: 'isOfferIdNew', actions: ['proposeOffer', tell('offer.proposed')] },
              'offer.accept': { guard: 'isOfferPaymentValid', target: 'inProgress', actions: ['acceptOffer', 'reopenDelivery', tell('offer.accepted')] },
              'deadline.review': { guard: reached('review'), target: '#order.completed', actions: ['releaseEscrow', tell('order.completed')] },
            },
          },
          revisionRequested: {
            entry: status('revisionRequested'),
            on: {
              'revision.accept': { target: 'inProgress', actions: ['acceptRevision', tell('revision.accepted')] },
              'revision.decline': { target: 'delivered', actions: ['declineRevision', tell('revision.declined')] },
              'deadline.revisionResponse': { guard: reached('revisionResponse'), actions: ['markRevisionOverdue', tell('revision.overdue', { to: ['buyer'] })] },
            },
          },
        },
      },
      disputed: {
        entry: [status('disputed'), 'withdrawRequests'],
        on: {
          'order.cancel': { guard: 'isCancellationAllowed', target: 'cancelled', actions: ['refundEverything', tell('order.cancelled')] },
          'dispute.withdraw': [
            { guard: and(['isSentByDisputeOpener', { type: 'isDisputeFrom', params: { status: 'inProgress' } } as const]), target: 'active.inProgress', actions: ['withdrawDispute', tell('dispute.withdrawn')] },
            { guard: and(['isSentByDisputeOpener', { type: 'isDisputeFrom', params: { status: 'delivered' } } as const]), target: 'active.delivered', actions: ['withdrawDispute', tell('dispute.withdrawn')] },
            { guard: and(['isSentByDisputeOpener', { type: 'isDisputeFrom', params: { status: 'revisionRequested' } } as const]), target: 'active.revisionRequested', actions: ['withdrawDispute', tell('dispute.withdrawn')] },
          ],
          'dispute.resolve': [
            { guard: { type: 'isResolution', params: { outcome: 'refund' } }, target: 'cancelled', actions: ['refundEverything', tell('dispute.resolved')] },
            { guard: { type: 'isResolution', params: { outcome: 'release' } }, target: 'completed', actions: ['releaseEscrow', tell('dispute.resolved')] },
            {
              guard: and([{ type: 'isResolution', params: { outcome: 'split' } } as const, 'isSplitRefundInRange']),
              target: 'completed',
              actions: ['refundSplit', 'releaseEscrow', tell('dispute.resolved')],
            },
            { guard: { type: 'isResolution', params: { outcome: 'restart' } }, target: 'active.inProgress', actions: ['restartOrder', tell('dispute.resolved')] },
          ],
        },
      },
      completed: { type: 'final', entry: [status('completed'), 'closeRequests'] },
      cancelled: { type: 'final', entry: [status('cancelled'), 'closeRequests'] },
      expired: { type: 'final', entry: [status('expired'), 'closeRequests'] },
    },
  });
}

/** The machine type, for hosts that run it themselves. */
export type OrderMachine = ReturnType<typeof createOrderMachine>;

/** `createOrderMachine()` with the default policy, `presets.comeup`. */
export const orderMachine: OrderMachine = createOrderMachine();
