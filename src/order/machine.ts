import { and, setup } from 'xstate';
import { actions, type RunStep } from './actions';
import { guards } from './guards';
import { openOrder } from './openOrder';
import { presets } from './presets';
import { parsePolicy } from '../parse/parsePolicy';
import type { DeadlineKind, OrderInput, OrderStatus, Policy } from '../model/types';
import type { MachineEvent, OrderContext } from './updates/context';
import type { NotifyParams } from './updates/notify';

// Parameterised actions and guards, so the configuration below reads as data.
const status = (value: OrderStatus) => ({ type: 'setStatus', params: { status: value } }) as const;
const tell = (event: string, extra: Omit<NotifyParams, 'event'> = {}) => ({ type: 'notify', params: { event, ...extra } }) as const;
/** A transition's (or an entry's) steps, applied as one `assign` (see `actions.run`). */
const run = (...steps: RunStep[]) => ({ type: 'run', params: { steps } }) as const;
const reached = (kind: DeadlineKind) => ({ type: 'isDeadlineReached', params: { kind } }) as const;
const expiry = (outcome: Policy['onExpiry'], action: 'forfeitEscrow' | 'refundEverything' | 'releaseEscrow') =>
  ({
    guard: and([reached('expiry'), { type: 'isExpiryOutcome', params: { outcome } }]),
    target: '#order.expired',
    actions: run(action, tell('order.expired')),
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
        entry: run(status('pending')),
        on: {
          'order.accept': { target: 'active.inProgress', actions: run('startWork', tell('order.accepted')) },
          'order.decline': { target: 'cancelled', actions: run('refundEverything', tell('order.declined')) },
          'order.cancel': { target: 'cancelled', actions: run('refundEverything', tell('order.cancelled')) },
          'option.add': { guard: 'isOptionPaymentValid', actions: run('addOption', tell('option.added')) },
          'deadline.acceptance': { guard: reached('acceptance'), target: 'cancelled', actions: run('refundEverything', tell('order.cancelled')) },
          'deadline.expiry': [expiry('forfeit', 'forfeitEscrow'), expiry('refund', 'refundEverything'), expiry('release', 'releaseEscrow')],
        },
      },
      // The three working statuses share the requests, disputes and expiry.
      active: {
        initial: 'inProgress',
        on: {
          'order.cancel': { guard: 'isCancellationAllowed', target: 'cancelled', actions: run('refundEverything', tell('order.cancelled')) },
          'cancellation.request': { guard: 'hasNoPendingCancellationRequest', actions: run('openCancellationRequest', tell('cancellation.requested')) },
          'cancellation.accept': { guard: 'isAnsweringCancellationRequest', target: 'cancelled', actions: run('refundEverything', tell('cancellation.accepted')) },
          'cancellation.decline': [
            {
              guard: and(['isAnsweringCancellationRequest', 'isAutoDisputeDue']),
              target: 'disputed',
              actions: run('declineCancellationRequest', tell('cancellation.declined'), 'openAutomaticDispute', 'recordAutomaticDispute', tell('dispute.opened', EVERYONE)),
            },
            { guard: 'isAnsweringCancellationRequest', actions: run('declineCancellationRequest', tell('cancellation.declined')) },
          ],
          'cancellation.withdraw': { guard: 'isSentByCancellationRequester', actions: run('closeCancellationRequest', tell('cancellation.withdrawn')) },
          'offer.decline': { guard: 'isOfferPending', actions: run('endOffer', tell('offer.declined')) },
          'offer.withdraw': { guard: 'isOfferPending', actions: run('endOffer', tell('offer.withdrawn')) },
          'refund.propose': { guard: 'isRefundProposalValid', actions: run('openRefundProposal', tell('refund.proposed')) },
          'refund.accept': { guard: 'isAnsweringRefundProposal', actions: run('acceptRefundProposal', tell('refund.accepted')) },
          'refund.decline': { guard: 'isAnsweringRefundProposal', actions: run('closeRefundProposal', tell('refund.declined')) },
          'refund.withdraw': { guard: 'isSentByRefundProposer', actions: run('closeRefundProposal', tell('refund.withdrawn')) },
          'dispute.open': { target: 'disputed', actions: run('openDispute', tell('dispute.opened', { alsoPlatform: true })) },
          'deadline.cancellationResponse': [
            {
              guard: and([reached('cancellationResponse'), { type: 'isCancellationTimeoutOutcome', params: { outcome: 'accept' } } as const]),
              target: 'cancelled',
              actions: run('refundEverything', tell('order.cancelled')),
            },
            {
              guard: and([reached('cancellationResponse'), { type: 'isCancellationTimeoutOutcome', params: { outcome: 'dispute' } } as const]),
              target: 'disputed',
              actions: run('openAutomaticDispute', tell('dispute.opened', EVERYONE)),
            },
            { guard: reached('cancellationResponse'), actions: run('closeCancellationRequest', tell('cancellation.expired')) },
          ],
          'deadline.expiry': [expiry('forfeit', 'forfeitEscrow'), expiry('refund', 'refundEverything'), expiry('release', 'releaseEscrow')],
        },
        states: {
          inProgress: {
            entry: run(status('inProgress')),
            on: {
              'order.deliver': { target: 'delivered', actions: run('recordDelivery', tell('order.delivered')) },
              'extension.request': { guard: 'hasNoPendingExtensionRequest', actions: run('openExtensionRequest', tell('extension.requested')) },
              'extension.accept': { guard: 'hasPendingExtensionRequest', actions: run('acceptExtension', tell('extension.accepted')) },
              'extension.decline': { guard: 'hasPendingExtensionRequest', actions: run('closeExtensionRequest', tell('extension.declined')) },
              'extension.withdraw': { guard: 'hasPendingExtensionRequest', actions: run('closeExtensionRequest', tell('extension.withdrawn')) },
              'option.add': { guard: 'isOptionPaymentValid', actions: run('addOption', 'pushDeliveryDeadline', tell('option.added')) },
              'offer.propose': { guard: 'isOfferIdNew', actions: run('proposeOffer', tell('offer.proposed')) },
              'offer.accept': { guard: 'isOfferPaymentValid', actions: run('acceptOffer', 'pushDeliveryDeadline', tell('offer.accepted')) },
              'deadline.delivery': { guard: reached('delivery'), actions: run('markLate', tell('order.late')) },
              'deadline.extensionResponse': { guard: reached('extensionResponse'), actions: run('closeExtensionRequest', tell('extension.expired')) },
            },
          },
          delivered: {
            entry: run(status('delivered')),
            on: {
              'order.complete': { target: '#order.completed', actions: run('releaseEscrow', tell('order.completed')) },
              'revision.request': { guard: 'isRevisionRequestAllowed', target: 'revisionRequested', actions: run('openRevisionRequest', tell('revision.requested')) },
              'option.add': { guard: 'isOptionPaymentValid', target: 'inProgress', actions: run('addOption', 'reopenDelivery', tell('option.added')) },
              'offer.propose': { guard: 'isOfferIdNew', actions: run('proposeOffer', tell('offer.proposed')) },
              'offer.accept': { guard: 'isOfferPaymentValid', target: 'inProgress', actions: run('acceptOffer', 'reopenDelivery', tell('offer.accepted')) },
              'deadline.review': { guard: reached('review'), target: '#order.completed', actions: run('releaseEscrow', tell('order.completed')) },
            },
          },
          revisionRequested: {
            entry: run(status('revisionRequested')),
            on: {
              'revision.accept': { target: 'inProgress', actions: run('acceptRevision', tell('revision.accepted')) },
              'revision.decline': { target: 'delivered', actions: run('declineRevision', tell('revision.declined')) },
              'deadline.revisionResponse': { guard: reached('revisionResponse'), actions: run('markRevisionOverdue', tell('revision.overdue', { to: ['buyer'] })) },
            },
          },
        },
      },
      disputed: {
        entry: run(status('disputed'), 'withdrawRequests'),
        on: {
          'order.cancel': { guard: 'isCancellationAllowed', target: 'cancelled', actions: run('refundEverything', tell('order.cancelled')) },
          'dispute.withdraw': [
            { guard: and(['isSentByDisputeOpener', { type: 'isDisputeFrom', params: { status: 'inProgress' } } as const]), target: 'active.inProgress', actions: run('withdrawDispute', tell('dispute.withdrawn')) },
            { guard: and(['isSentByDisputeOpener', { type: 'isDisputeFrom', params: { status: 'delivered' } } as const]), target: 'active.delivered', actions: run('withdrawDispute', tell('dispute.withdrawn')) },
            { guard: and(['isSentByDisputeOpener', { type: 'isDisputeFrom', params: { status: 'revisionRequested' } } as const]), target: 'active.revisionRequested', actions: run('withdrawDispute', tell('dispute.withdrawn')) },
          ],
          'dispute.resolve': [
            { guard: { type: 'isResolution', params: { outcome: 'refund' } }, target: 'cancelled', actions: run('refundEverything', tell('dispute.resolved')) },
            { guard: { type: 'isResolution', params: { outcome: 'release' } }, target: 'completed', actions: run('releaseEscrow', tell('dispute.resolved')) },
            {
              guard: and([{ type: 'isResolution', params: { outcome: 'split' } } as const, 'isSplitRefundInRange']),
              target: 'completed',
              actions: run('refundSplit', 'releaseEscrow', tell('dispute.resolved')),
            },
            { guard: { type: 'isResolution', params: { outcome: 'restart' } }, target: 'active.inProgress', actions: run('restartOrder', tell('dispute.resolved')) },
          ],
        },
      },
      completed: { type: 'final', entry: run(status('completed'), 'closeRequests') },
      cancelled: { type: 'final', entry: run(status('cancelled'), 'closeRequests') },
      expired: { type: 'final', entry: run(status('expired'), 'closeRequests') },
    },
  });
}

/** The machine type, for hosts that run it themselves. */
export type OrderMachine = ReturnType<typeof createOrderMachine>;

/** `createOrderMachine()` with the default policy, `presets.comeup`. */
export const orderMachine: OrderMachine = createOrderMachine();
