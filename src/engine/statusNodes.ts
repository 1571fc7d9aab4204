import type { AnyStateMachine, StateValue } from 'xstate';
import type { OrderStatus } from '../model/types';

/** Where each status sits in the machine: the working statuses are children of `active`. */
const NODE_PATHS: Readonly<Record<OrderStatus, readonly string[]>> = {
  pending: ['pending'],
  inProgress: ['active', 'inProgress'],
  delivered: ['active', 'delivered'],
  revisionRequested: ['active', 'revisionRequested'],
  disputed: ['disputed'],
  completed: ['completed'],
  cancelled: ['cancelled'],
  expired: ['expired'],
};

/** The machine's state value of a status, for `resolveState`. */
export function stateValueOf(status: OrderStatus): StateValue {
  const path = NODE_PATHS[status];
  return path.length === 1 ? path[0]! : { [path[0]!]: path[1]! };
}

/**
 * For each status, the event types the machine handles there (its own and its parents'),
 * read from the machine itself so that "not allowed in this status" has one source of truth.
 */
export function handledEvents(machine: AnyStateMachine): ReadonlyMap<OrderStatus, ReadonlySet<string>> {
  const map = new Map<OrderStatus, ReadonlySet<string>>();
  for (const [status, path] of Object.entries(NODE_PATHS) as [OrderStatus, readonly string[]][]) {
    const events = new Set<string>();
    for (let depth = 1; depth <= path.length; depth += 1) {
      for (const type of machine.getStateNodeById(['order', ...path.slice(0, depth)].join('.')).ownEvents) events.add(type);
    }
    map.set(status, events);
  }
  return map;
}
