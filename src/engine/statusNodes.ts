import type { AnyStateMachine, StateValue } from 'xstate';
import { type OrderStatus, STATUSES } from '../model/vocabulary';
import { orderMachine } from '../order/machine';

/**
 * Where each status sits in the machine, read from the machine itself: the state node whose key is
 * the status (the working statuses are children of `active`). The machine is the one source of
 * the state tree; nothing here repeats it.
 */
type Node = AnyStateMachine['root'];

/** The state node of each status. */
export const STATUS_NODES: ReadonlyMap<OrderStatus, Node> = nodesOf(orderMachine.root);

function nodesOf(root: Node): Map<OrderStatus, Node> {
  const statuses = new Set<string>(STATUSES);
  const found = new Map<OrderStatus, Node>();
  const visit = (node: Node) => {
    if (statuses.has(node.key)) found.set(node.key as OrderStatus, node);
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(root);
  return found;
}

/** The machine's state value of a status, for `resolveState`: `'pending'`, `{ active: 'inProgress' }`. */
export function stateValueOf(status: OrderStatus): StateValue {
  const path = STATUS_NODES.get(status)!.path;
  return path.length === 1 ? path[0]! : { [path[0]!]: path[1]! };
}

/** A status's node and its ancestors, deepest first: the order in which xstate looks for a transition. */
export function lineageOf(status: OrderStatus): readonly Node[] {
  const lineage: Node[] = [];
  for (let node: Node | undefined = STATUS_NODES.get(status); node !== undefined; node = node.parent)
    lineage.push(node);
  return lineage;
}
