import { assertEvent, assign } from 'xstate';
import type { OrderStatus } from './types';
import type { MachineEvent, OrderContext } from './updates/context';
import * as dispute from './updates/dispute';
import * as extras from './updates/extras';
import * as lifecycle from './updates/lifecycle';
import * as money from './updates/money';
import { notify, type NotifyParams } from './updates/notify';
import * as requests from './updates/requests';

type Args = { context: OrderContext; event: MachineEvent };

/** Each named action is a one-line adapter over a pure update in `updates/`. */
const step = (update: (context: OrderContext, event: MachineEvent) => OrderContext) =>
  assign<OrderContext, MachineEvent, undefined, MachineEvent, never>(({ context, event }: Args) => update(context, event));

export const actions = {
  setStatus: assign<OrderContext, MachineEvent, { status: OrderStatus }, MachineEvent, never>(({ context }: Args, params) => lifecycle.setStatus(context, params.status)),
  notify: assign<OrderContext, MachineEvent, NotifyParams, MachineEvent, never>(({ context, event }: Args, params) => notify(context, event, params)),

  startWork: step(lifecycle.startWork),
  recordDelivery: step(lifecycle.recordDelivery),
  markLate: step(lifecycle.markLate),
  openRevisionRequest: step((context, event) => (assertEvent(event, 'revision.request'), lifecycle.openRevisionRequest(context, event))),
  acceptRevision: step(lifecycle.acceptRevision),
  declineRevision: step(lifecycle.declineRevision),
  markRevisionOverdue: step(lifecycle.markRevisionOverdue),

  refundEverything: step(money.refundEverything),
  releaseEscrow: step(money.releaseEscrow),
  forfeitEscrow: step(money.forfeitEscrow),
  refundSplit: step((context, event) => (assertEvent(event, 'dispute.resolve'), money.refundPart(context, event, event.refund!))),

  addOption: step((context, event) => (assertEvent(event, 'option.add'), extras.addOption(context, event))),
  proposeOffer: step((context, event) => (assertEvent(event, 'offer.propose'), extras.proposeOffer(context, event))),
  acceptOffer: step((context, event) => (assertEvent(event, 'offer.accept'), extras.acceptOffer(context, event))),
  endOffer: step((context, event) => (assertEvent(event, ['offer.decline', 'offer.withdraw']), extras.endOffer(context, event))),
  pushDeliveryDeadline: step((context, event) => {
    assertEvent(event, ['option.add', 'offer.accept']);
    return lifecycle.pushDeliveryDeadline(context, event, extras.extraDaysOf(context, event));
  }),
  reopenDelivery: step((context, event) => {
    assertEvent(event, ['option.add', 'offer.accept']);
    return lifecycle.reopenDelivery(context, event, extras.extraDaysOf(context, event));
  }),

  openCancellationRequest: step((context, event) => (assertEvent(event, 'cancellation.request'), requests.openCancellationRequest(context, event))),
  declineCancellationRequest: step(requests.declineCancellationRequest),
  closeCancellationRequest: step(requests.closeCancellationRequest),
  openExtensionRequest: step((context, event) => (assertEvent(event, 'extension.request'), requests.openExtensionRequest(context, event))),
  acceptExtension: step(requests.acceptExtension),
  closeExtensionRequest: step(requests.closeExtensionRequest),
  openRefundProposal: step((context, event) => (assertEvent(event, 'refund.propose'), requests.openRefundProposal(context, event))),
  acceptRefundProposal: step(requests.acceptRefundProposal),
  closeRefundProposal: step(requests.closeRefundProposal),
  closeRequests: step((context) => lifecycle.clearOpenRecords(requests.endRequests(context, 'closed'))),
  withdrawRequests: step((context) => requests.endRequests(context, 'withdrawn')),

  openDispute: step((context, event) => dispute.openDispute(context, event, false)),
  openAutomaticDispute: step((context, event) => dispute.openDispute(context, event, true)),
  recordAutomaticDispute: step(dispute.recordAutomaticDispute),
  withdrawDispute: step(dispute.withdrawDispute),
  restartOrder: step((context, event) => (assertEvent(event, 'dispute.resolve'), dispute.restartOrder(context, event))),
};
