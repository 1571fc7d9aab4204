import { type AnyStateMachine, type AnyStateNode, type AnyTransitionDefinition, transition } from 'xstate';
import { type Order, type OrderEvent, orderMachine } from '../../src';
import { stateValueOf } from '../../src/engine/statusNodes';

/**
 * The machine's transitions as data, and which of them one `applyEvent` call took. A transition
 * is one branch of a node's `on` list: `order.active|cancellation.decline#0` is the first
 * (guarded) branch that `active` declares for `cancellation.decline`.
 */
export type TransitionInfo = { readonly key: string; readonly label: string };

/** Every state node under the root, the root included. */
export function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child as AnyStateNode))];
}

function keyOf(node: AnyStateNode, eventType: string, index: number): string {
  return `${node.id}|${eventType}#${index}`;
}

/** A readable line for a failure message: where, on what, to where, under which guard. */
function labelOf(definition: AnyTransitionDefinition, key: string): string {
  const target = definition.target?.map((node: AnyStateNode) => node.id).join(', ') ?? '(stays)';
  const guard = definition.guard === undefined ? 'no guard' : `guard ${JSON.stringify(guardNames(definition.guard))}`;
  return `${key} → ${target}, ${guard}`;
}

function guardNames(guard: unknown): unknown {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null) {
    const { type, params } = guard as { type: string; params?: unknown };
    return params === undefined ? type : { [type]: params };
  }
  const combinator = guard as { guards?: unknown[] };
  return (combinator.guards ?? []).map(guardNames);
}

/** Every event transition of a machine, each guarded branch on its own (eventless ones too). */
export function machineTransitions(machine: AnyStateMachine): TransitionInfo[] {
  return allNodes(machine.root).flatMap((node) => [
    ...[...node.transitions.entries()].flatMap(([eventType, branches]) =>
      branches.map((definition, index) => ({
        key: keyOf(node, eventType, index),
        label: labelOf(definition, keyOf(node, eventType, index)),
      })),
    ),
    ...(node.always ?? []).map((definition, index) => ({
      key: keyOf(node, 'always', index),
      label: labelOf(definition, keyOf(node, 'always', index)),
    })),
  ]);
}

function keyOfDefinition(definition: AnyTransitionDefinition): string {
  const source = definition.source as AnyStateNode;
  const branches = source.transitions.get(definition.eventType) ?? [];
  return keyOf(source, definition.eventType, branches.indexOf(definition));
}

/**
 * The transitions one successful `applyEvent` took, read from the history it wrote: the deadline
 * entries applied before the event, then the event itself. Entries after it are automatic
 * records (the dispute a declined cancellation opens), not transitions of their own. Each is
 * replayed on the machine, which says which branch it selects; the replay must end in the
 * status applyEvent reached, or the trace would not be telling the truth.
 */
export function takenTransitions(before: Order, event: OrderEvent, after: Order): string[] {
  if (after.version === before.version) return [];
  let snapshot = orderMachine.resolveState({
    value: stateValueOf(before.status),
    context: { order: before, effects: [], journal: [] },
  });
  const keys: string[] = [];
  let eventSent = false;
  for (const entry of after.history.filter((item) => item.version === after.version)) {
    const isDeadline = entry.type.startsWith('deadline.');
    if (!isDeadline && (eventSent || entry.type !== event.type)) continue;
    const machineEvent = isDeadline ? ({ type: entry.type, at: entry.at, by: entry.by } as never) : event;
    eventSent ||= !isDeadline;
    const [definition, ...others] = orderMachine.getTransitionData(snapshot, machineEvent);
    if (definition === undefined || others.length > 0)
      throw new Error(`the machine should select exactly one transition for ${entry.type}`);
    keys.push(keyOfDefinition(definition));
    [snapshot] = transition(orderMachine, snapshot, machineEvent);
  }
  if (snapshot.context.order.status !== after.status)
    throw new Error(`replay reached ${snapshot.context.order.status}, applyEvent ${after.status}`);
  return keys;
}

/**
 * The branch of the `placed` choice a new order took: the one whose target is the status
 * `createOrder` opened it in. Exactly one must match, or the machine and `createOrder` disagree.
 */
export function placementTransition(created: Order): string[] {
  const placed = orderMachine.root.states.placed as AnyStateNode;
  const keys = (placed.always ?? []).flatMap((definition, index) =>
    definition.target?.some((node: AnyStateNode) => node.key === created.status) === true
      ? [keyOf(placed, 'always', index)]
      : [],
  );
  if (keys.length !== 1) throw new Error(`the placed choice should have exactly one branch to ${created.status}`);
  return keys;
}
