import { assertEvent, assign } from 'xstate';
import type { OrderStatus } from '../model/types';
import type { MachineEvent, OrderContext } from './updates/context';
import * as dispute from './updates/dispute';
import * as extras from './updates/extras';
import * as lifecycle from './updates/lifecycle';
import * as money from './updates/money';
import { notify, type NotifyParams } from './updates/notify';
import * as requests from './updates/requests';

type Args = { context: OrderContext; event: MachineEvent };
type PlainUpdate = (context: OrderContext, event: MachineEvent) => OrderContext;

/** Each named update is a one-line adapter over a pure update in `updates/`. */
const updates = {
  startWork: lifecycle.startWork,
  recordDelivery: lifecycle.recordDelivery,
  markLate: lifecycle.markLate,
  openRevisionRequest: (context, event) => (assertEvent(event, 'revision.request'), lifecycle.openRevisionRequest(context, event)),
  acceptRevision: lifecycle.acceptRevision,
  declineRevision: lifecycle.declineRevision,
  markRevisionOverdue: lifecycle.markRevisionOverdue,

  refundEverything: money.refundEverything,
  releaseEscrow: money.releaseEscrow,
  forfeitEscrow: money.forfeitEscrow,
  refundSplit: (context, event) => (assertEvent(event, 'dispute.resolve'), money.refundPart(context, event, event.refund!)),

  addOption: (context, event) => (assertEvent(event, 'option.add'), extras.addOption(context, event)),
  proposeOffer: (context, event) => (assertEvent(event, 'offer.propose'), extras.proposeOffer(context, event)),
  acceptOffer: (context, event) => (assertEvent(event, 'offer.accept'), extras.acceptOffer(context, event)),
  endOffer: (context, event) => (assertEvent(event, ['offer.decline', 'offer.withdraw']), extras.endOffer(context, event)),
  pushDeliveryDeadline: (context, event) => {
    assertEvent(event, ['option.add', 'offer.accept']);
    return lifecycle.pushDeliveryDeadline(context, event, extras.extraDaysOf(context, event));
  },
  reopenDelivery: (context, event) => {
    assertEvent(event, ['option.add', 'offer.accept']);
    return lifecycle.reopenDelivery(context, event, extras.extraDaysOf(context, event));
  },

  openCancellationRequest: (context, event) => (assertEvent(event, 'cancellation.request'), requests.openCancellationRequest(context, event)),
  declineCancellationRequest: requests.declineCancellationRequest,
  closeCancellationRequest: requests.closeCancellationRequest,
  openExtensionRequest: (context, event) => (assertEvent(event, 'extension.request'), requests.openExtensionRequest(context, event)),
  acceptExtension: requests.acceptExtension,
  closeExtensionRequest: requests.closeExtensionRequest,
  openRefundProposal: (context, event) => (assertEvent(event, 'refund.propose'), requests.openRefundProposal(context, event)),
  acceptRefundProposal: requests.acceptRefundProposal,
  closeRefundProposal: requests.closeRefundProposal,
  closeRequests: (context) => lifecycle.clearOpenRecords(requests.endRequests(context, 'closed')),
  withdrawRequests: (context) => requests.endRequests(context, 'withdrawn'),

  openDispute: (context, event) => dispute.openDispute(context, event, false),
  openAutomaticDispute: (context, event) => dispute.openDispute(context, event, true),
  recordAutomaticDispute: dispute.recordAutomaticDispute,
  withdrawDispute: dispute.withdrawDispute,
  restartOrder: (context, event) => (assertEvent(event, 'dispute.resolve'), dispute.restartOrder(context, event)),
} satisfies Record<string, PlainUpdate>;

/** The name of a parameterless update. */
export type UpdateName = keyof typeof updates;

/** One step of a transition's `run` action: a named update, a notification or the status. */
export type RunStep = UpdateName | { readonly type: 'notify'; readonly params: NotifyParams } | { readonly type: 'setStatus'; readonly params: { readonly status: OrderStatus } };

/** Parameters of `run`: the steps of one transition (or one entry), applied in order. */
export type RunParams = { readonly steps: readonly RunStep[] };

function applyStep(context: OrderContext, event: MachineEvent, step: RunStep): OrderContext {
  if (typeof step === 'string') return updates[step](context, event);
  if (step.type === 'notify') return notify(context, event, step.params);
  return lifecycle.setStatus(context, step.params.status);
}

/** Runs the steps of one transition in order, as one context update. */
export function runSteps(context: OrderContext, event: MachineEvent, steps: readonly RunStep[]): OrderContext {
  let next = context;
  for (const step of steps) next = applyStep(next, event, step);
  return next;
}

const step = (update: PlainUpdate) => assign<OrderContext, MachineEvent, undefined, MachineEvent, never>(({ context, event }: Args) => update(context, event));

/**
 * The machine's named actions. Its transitions use `run`: xstate copies the snapshot for every
 * `assign`, so a transition's updates, notifications and status run as one assign, its steps
 * named in the machine's configuration. Each update is also an action of its own, for hosts that
 * compose the machine differently.
 */
export const actions = {
  run: assign<OrderContext, MachineEvent, RunParams, MachineEvent, never>(({ context, event }: Args, params) => runSteps(context, event, params.steps)),
  setStatus: assign<OrderContext, MachineEvent, { status: OrderStatus }, MachineEvent, never>(({ context }: Args, params) => lifecycle.setStatus(context, params.status)),
  notify: assign<OrderContext, MachineEvent, NotifyParams, MachineEvent, never>(({ context, event }: Args, params) => notify(context, event, params)),
  ...(Object.fromEntries(Object.entries(updates).map(([name, update]) => [name, step(update)])) as { [K in UpdateName]: ReturnType<typeof step> }),
};
