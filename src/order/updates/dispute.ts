import { shiftDeadlines } from '../../deadlines';
import { deliveryDeadlineOnRestart } from '../../deadlines/deadlinesSet';
import type { Dispute } from '../../model/types';
import { actorOf, type MachineEvent, type OrderContext, patch } from './context';
import { withDeliveryDeadline } from './lifecycle';

type Of<T extends MachineEvent['type']> = Extract<MachineEvent, { type: T }>;

/** `dispute.open`: records who opened the dispute, why, when, and the status it froze. */
export function openDispute(context: OrderContext, event: MachineEvent): OrderContext {
  const reason = 'reason' in event ? event.reason : undefined;
  return patch(context, { dispute: disputeFrom(context, actorOf(event), event.at, reason) });
}

/**
 * The dispute the order opens by itself (a declined cancellation reaching the policy's threshold,
 * or one left unanswered): opened by `system`, without the reason of the event that led to it.
 */
export function openAutomaticDispute(context: OrderContext, event: MachineEvent): OrderContext {
  return patch(context, { dispute: disputeFrom(context, { role: 'system' }, event.at, undefined) });
}

function disputeFrom(
  context: OrderContext,
  openedBy: Dispute['openedBy'],
  openedAt: string,
  reason: string | undefined,
): Dispute {
  const from = context.order.status as Dispute['from'];
  return { openedBy, openedAt, from, ...(reason === undefined ? {} : { reason }) };
}

/** `dispute.withdraw`: deadlines that had not fired move by the time spent disputed (SPEC §5). */
export function withdrawDispute(context: OrderContext, event: MachineEvent): OrderContext {
  const { order } = context;
  const dispute = order.dispute!;
  const shifted = shiftDeadlines(order, dispute.from, Date.parse(event.at) - Date.parse(dispute.openedAt));
  return { ...context, order: { ...shifted, dispute: null } };
}

/**
 * `dispute.resolve` with `restart`: work starts again with `deliveryDays` from now; revision counts
 * stay. Of the deadlines the dispute moved, only the expiry remains: the others are set anew.
 */
export function restartOrder(context: OrderContext, event: Of<'dispute.resolve'>): OrderContext {
  const { order } = context;
  const atMs = Date.parse(event.at);
  const dispute = order.dispute!;
  const shifted = shiftDeadlines(order, dispute.from, atMs - Date.parse(dispute.openedAt));
  return patch(
    { ...context, order: shifted },
    {
      ...withDeliveryDeadline(deliveryDeadlineOnRestart(atMs, event.deliveryDays!), atMs),
      lateSince: null,
      reviewDeadline: null,
      revisionRequest: null,
      dispute: null,
    },
  );
}

/** The dispute a declined cancellation opens is its own transition, by `system`, in the history. */
export function recordAutomaticDispute(context: OrderContext, event: MachineEvent): OrderContext {
  return { ...context, journal: [...context.journal, { type: 'dispute.open', at: event.at, by: { role: 'system' } }] };
}
