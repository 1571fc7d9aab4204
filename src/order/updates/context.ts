import type { Actor, DeadlineEvent, EffectDraft, Order, OrderEvent } from '../../model/types';

/**
 * The machine's context: the order, the effects decided during the current `applyEvent`, and
 * the automatic transitions taken inside another one (the dispute that a declined cancellation
 * opens), which the history records after it. `applyEvent` starts both lists empty and never
 * stores them in the order.
 */
export type OrderContext = {
  readonly order: Order;
  readonly effects: readonly EffectDraft[];
  readonly journal: readonly MachineEvent[];
};

/** Every event the machine handles: the public ones and the deadlines `applyEvent` feeds in. */
export type MachineEvent = OrderEvent | DeadlineEvent;

/** A pure step of the context, as the named actions run it. */
export type Update<E extends MachineEvent = MachineEvent> = (context: OrderContext, event: E) => OrderContext;

/** Replaces fields of the order. */
export function patch(context: OrderContext, fields: Partial<Order>): OrderContext {
  return { ...context, order: { ...context.order, ...fields } };
}

/** Appends effects, keeping the order in which they were decided. */
export function emit(context: OrderContext, effects: readonly EffectDraft[]): OrderContext {
  return effects.length === 0 ? context : { ...context, effects: [...context.effects, ...effects] };
}

/** The sender as recorded: buyer and seller with their id, the platform with its id if any. */
export function actorOf(event: MachineEvent): Actor {
  return event.by.id === undefined ? { role: event.by.role } : { role: event.by.role, id: event.by.id };
}
