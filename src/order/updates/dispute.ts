import { shiftDeadlines } from '../../deadlines';
import { deliveryDeadlineOnRestart } from '../../deadlines/deadlinesSet';
import type { Dispute } from '../../model/types';
import { actorOf, type MachineEvent, type OrderContext, patch } from './context';
import { withDeliveryDeadline } from './lifecycle';

type Of<T extends MachineEvent['type']> = Extract<MachineEvent, { type: T }>;

/** Records who opened the dispute, when, and the status it froze. `system` opens the automatic ones. */
export function openDispute(context: OrderContext, event: MachineEvent, automatic: boolean): OrderContext {
  const { order } = context;
  const from = order.status as Dispute['from'];
  const reason = 'reason' in event ? event.reason : undefined;
  const dispute: Dispute = {
    openedBy: automatic ? { role: 'system' } : actorOf(event),
    openedAt: event.at,
    from,
    ...(reason === undefined || automatic ? {} : { reason }),
  };
  return patch(context, { dispute });
}

/** `dispute.withdraw`: deadlines that had not fired move by the time spent disputed (SPEC §5). */
export function withdrawDispute(context: OrderContext, event: MachineEvent): OrderContext {
  const { order } = context;
  const dispute = order.dispute!;
  const shifted = shiftDeadlines(order, dispute.from, Date.parse(event.at) - Date.parse(dispute.openedAt));
  return { ...context, order: { ...shifted, dispute: null } };
}

/** `dispute.resolve` with `restart`: work starts again with `deliveryDays` from now; revision counts stay. */
export function restartOrder(context: OrderContext, event: Of<'dispute.resolve'>): OrderContext {
  const { order } = context;
  const atMs = Date.parse(event.at);
  const shifted = shiftDeadlines(order, 'disputed', atMs - Date.parse(order.dispute!.openedAt));
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
