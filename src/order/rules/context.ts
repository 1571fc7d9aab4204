import type { Actor, DeadlineEvent, Order, OrderEvent } from '../../model/types';

/**
 * What every state rule looks at: the order, who acts and when. Rules that need the payload take
 * the whole event; availability checks ("could some payload pass?") take only this.
 */
export type Attempt = { readonly order: Order; readonly by: Actor; readonly atMs: number };

export function attemptOf(order: Order, event: OrderEvent | DeadlineEvent): Attempt {
  return { order, by: event.by, atMs: Date.parse(event.at) };
}
