import { assertEvent, assign } from 'xstate';
import type { OrderStatus } from '../model/types';
import type { MachineEvent, OrderContext } from './updates/context';
import * as dispute from './updates/dispute';
import * as extras from './updates/extras';
import * as lifecycle from './updates/lifecycle';
import * as money from './updates/money';
import { type NotifyParams, notify } from './updates/notify';
import * as requests from './updates/requests';

/**
 * The machine's actions: one per transition, named after what the transition does, each a list
 * of steps over the pure updates of `updates/`, applied in order as one context update. One
 * `assign` per transition, because xstate copies the snapshot for every `assign` it runs; the
 * name is what the machine's configuration, its diagrams and inspection tools show.
 */

/** One step of a transition: a pure update of the order and of the effects decided so far. */
type Step = (context: OrderContext, event: MachineEvent) => OrderContext;

/** Tells the parties (and the platform, when asked) that `event` happened (SPEC §8). */
const tell =
  (event: string, options: Omit<NotifyParams, 'event'> = {}): Step =>
  (context, machineEvent) =>
    notify(context, machineEvent, { event, ...options });
const EVERYONE = { to: ['buyer', 'seller', 'platform'] } as const;

const addOption: Step = (context, event) => (assertEvent(event, 'option.add'), extras.addOption(context, event));
const acceptOffer: Step = (context, event) => (assertEvent(event, 'offer.accept'), extras.acceptOffer(context, event));
const extraDays = (context: OrderContext, event: MachineEvent) => (
  assertEvent(event, ['option.add', 'offer.accept']), extras.extraDaysOf(context, event)
);
const pushDeliveryDeadline: Step = (context, event) =>
  lifecycle.pushDeliveryDeadline(context, event, extraDays(context, event));
const reopenDelivery: Step = (context, event) => lifecycle.reopenDelivery(context, event, extraDays(context, event));
const endOffer: Step = (context, event) => (
  assertEvent(event, ['offer.decline', 'offer.withdraw']), extras.endOffer(context, event)
);

/** What each transition does, step by step, in the order the steps apply (SPEC §5). */
const TRANSITIONS = {
  acceptOrder: [lifecycle.startWork, tell('order.accepted')],
  /** No acceptance step (SPEC §9): work starts when the order is placed; the seller was told `order.placed`. */
  startWorkOnPlacement: [lifecycle.startWorkOnPlacement],
  declineOrder: [money.refundEverything, tell('order.declined')],
  /** A cancellation, by a party or the platform, or an automatic one at a deadline. */
  cancelOrder: [money.refundEverything, tell('order.cancelled')],
  deliverOrder: [lifecycle.recordDelivery, tell('order.delivered')],
  /** Completion by the buyer, or automatic at the end of the review window. */
  completeOrder: [money.releaseEscrow, tell('order.completed')],
  markLate: [lifecycle.markLate, tell('order.late')],

  requestRevision: [
    (context, event) => (assertEvent(event, 'revision.request'), lifecycle.openRevisionRequest(context, event)),
    tell('revision.requested'),
  ],
  /** No revision answer step (SPEC §9): the request is an accepted revision at once. */
  requestRevisionIntoWork: [lifecycle.reopenForRevision, tell('revision.requested')],
  acceptRevision: [lifecycle.acceptRevision, tell('revision.accepted')],
  declineRevision: [lifecycle.declineRevision, tell('revision.declined')],
  markRevisionOverdue: [lifecycle.markRevisionOverdue, tell('revision.overdue', { to: ['buyer'] })],

  requestCancellation: [
    (context, event) => (assertEvent(event, 'cancellation.request'), requests.openCancellationRequest(context, event)),
    tell('cancellation.requested'),
  ],
  acceptCancellation: [money.refundEverything, tell('cancellation.accepted')],
  declineCancellation: [requests.declineCancellationRequest, tell('cancellation.declined')],
  /** The decline that reaches the threshold opens a dispute by `system`, recorded as its own entry. */
  declineCancellationIntoDispute: [
    requests.declineCancellationRequest,
    tell('cancellation.declined'),
    dispute.openAutomaticDispute,
    dispute.recordAutomaticDispute,
    tell('dispute.opened', EVERYONE),
  ],
  withdrawCancellation: [requests.closeCancellationRequest, tell('cancellation.withdrawn')],
  expireCancellationRequest: [requests.closeCancellationRequest, tell('cancellation.expired')],
  disputeUnansweredCancellation: [dispute.openAutomaticDispute, tell('dispute.opened', EVERYONE)],

  requestExtension: [
    (context, event) => (assertEvent(event, 'extension.request'), requests.openExtensionRequest(context, event)),
    tell('extension.requested'),
  ],
  acceptExtension: [requests.acceptExtension, tell('extension.accepted')],
  declineExtension: [requests.closeExtensionRequest, tell('extension.declined')],
  withdrawExtension: [requests.closeExtensionRequest, tell('extension.withdrawn')],
  expireExtensionRequest: [requests.closeExtensionRequest, tell('extension.expired')],

  /** An option bought while pending: its days count from acceptance. */
  addOption: [addOption, tell('option.added')],
  addOptionToWork: [addOption, pushDeliveryDeadline, tell('option.added')],
  addOptionReopeningWork: [addOption, reopenDelivery, tell('option.added')],
  proposeOffer: [
    (context, event) => (assertEvent(event, 'offer.propose'), extras.proposeOffer(context, event)),
    tell('offer.proposed'),
  ],
  acceptOfferIntoWork: [acceptOffer, pushDeliveryDeadline, tell('offer.accepted')],
  acceptOfferReopeningWork: [acceptOffer, reopenDelivery, tell('offer.accepted')],
  declineOffer: [endOffer, tell('offer.declined')],
  withdrawOffer: [endOffer, tell('offer.withdrawn')],

  proposeRefund: [
    (context, event) => (assertEvent(event, 'refund.propose'), requests.openRefundProposal(context, event)),
    tell('refund.proposed'),
  ],
  acceptRefund: [requests.acceptRefundProposal, tell('refund.accepted')],
  declineRefund: [requests.closeRefundProposal, tell('refund.declined')],
  withdrawRefund: [requests.closeRefundProposal, tell('refund.withdrawn')],

  openDispute: [dispute.openDispute, tell('dispute.opened', { alsoPlatform: true })],
  withdrawDispute: [dispute.withdrawDispute, tell('dispute.withdrawn')],
  resolveByRefund: [money.refundEverything, tell('dispute.resolved')],
  resolveByRelease: [money.releaseEscrow, tell('dispute.resolved')],
  resolveBySplit: [
    (context, event) => (assertEvent(event, 'dispute.resolve'), money.refundPart(context, event, event.refund!)),
    money.releaseEscrow,
    tell('dispute.resolved'),
  ],
  resolveByRestart: [
    (context, event) => (assertEvent(event, 'dispute.resolve'), dispute.restartOrder(context, event)),
    tell('dispute.resolved'),
  ],

  forfeitExpiredOrder: [money.forfeitEscrow, tell('order.expired')],
  refundExpiredOrder: [money.refundEverything, tell('order.expired')],
  releaseExpiredOrder: [money.releaseEscrow, tell('order.expired')],
} satisfies Record<string, readonly Step[]>;

/** The name of a transition's action. */
export type TransitionAction = keyof typeof TRANSITIONS;

type Args = { context: OrderContext; event: MachineEvent };
const stepsAsOneAssign = (steps: readonly Step[]) =>
  assign<OrderContext, MachineEvent, undefined, MachineEvent, never>(({ context, event }: Args) => {
    let next = context;
    for (const step of steps) next = step(next, event);
    return next;
  });

/** The machine's named actions: the transitions', and the states' entries. */
export const actions = {
  ...(Object.fromEntries(Object.entries(TRANSITIONS).map(([name, steps]) => [name, stepsAsOneAssign(steps)])) as {
    readonly [K in TransitionAction]: ReturnType<typeof stepsAsOneAssign>;
  }),
  /** Entry of a working status: the stored order mirrors the machine's state. */
  setStatus: assign<OrderContext, MachineEvent, { status: OrderStatus }, MachineEvent, never>(
    ({ context }: Args, { status }) => lifecycle.setStatus(context, status),
  ),
  /** Entry of `disputed`: the order is frozen and every pending request withdrawn (SPEC §3). */
  freezeOrder: assign<OrderContext, MachineEvent, undefined, MachineEvent, never>(({ context }: Args) =>
    requests.endRequests(lifecycle.setStatus(context, 'disputed'), 'withdrawn'),
  ),
  /** Entry of a final status: every pending request closes, and the dispute and revision records with them. */
  closeOrder: assign<OrderContext, MachineEvent, { status: OrderStatus }, MachineEvent, never>(
    ({ context }: Args, { status }) =>
      lifecycle.clearOpenRecords(requests.endRequests(lifecycle.setStatus(context, status), 'closed')),
  ),
};
