import { assert, refuse, type Refusal } from '../errors';
import { STATE_RULES } from '../order/rules';
import type { Order, OrderEvent } from '../model/types';
import { HANDLED } from './runMachine';
import { STATUS_LABELS } from './statusLabels';

/**
 * Why the machine took no transition: the status does not handle the type at all, or the state
 * rule that the guard asked says no. Both answers come from the sources the machine itself uses.
 */
export function explainRefusal(order: Order, event: OrderEvent): Refusal {
  const refusal = refuseByStatus(order, event.type) ?? STATE_RULES[event.type].refuse(order, event);
  assert(refusal !== undefined, () => `the machine refused ${event.type} in ${order.status} but no rule explains why`);
  return refusal;
}

/** Whether the machine has a transition for the type in this status (its own or its parent's). */
export function isHandledIn(status: Order['status'], type: OrderEvent['type']): boolean {
  return HANDLED.get(status)!.has(type);
}

/** `NOT_ALLOWED` when the order's status has no transition for the type. */
export function refuseByStatus(order: Order, type: OrderEvent['type']): Refusal | undefined {
  if (isHandledIn(order.status, type)) return undefined;
  return refuse('NOT_ALLOWED', `${type} is not possible while the order is ${STATUS_LABELS[order.status]}.`, {
    rule: 'status.refuses',
    status: order.status,
  });
}
