import { transition, type ActorScope } from 'xstate';
import { assert } from '../errors';
import { DEADLINE_KINDS, dueDeadline } from '../deadlines';
import { orderMachine } from '../order/machine';
import type { DeadlineEvent, HistoryEntry, Order } from '../model/types';
import type { MachineEvent, OrderContext } from '../order/updates/context';
import { handledEvents, stateValueOf } from './statusNodes';

type Snapshot = ReturnType<typeof orderMachine.resolveState>;

/** A run of the machine inside one `applyEvent`: the snapshot so far and the transitions taken. */
export type Run = { readonly snapshot: Snapshot; readonly taken: readonly MachineEvent[] };

/** Which event types each status handles, read once from the machine. */
export const HANDLED = handledEvents(orderMachine);

/** Restores a stored order into the machine. The order's JSON, not xstate's snapshot, is the storage format. */
export function startRun(order: Order): Run {
  const context: OrderContext = { order, effects: [], journal: [] };
  return { snapshot: orderMachine.resolveState({ value: stateValueOf(order.status), context }), taken: [] };
}

/**
 * The actor scope every step runs in, made once. xstate's pure `transition(machine, snapshot,
 * event)` builds a throwaway actor per call (and with it the machine's initial snapshot) only to
 * hand `machine.transition` an inert scope; that was an eighth of each `applyEvent`. The scope
 * is taken from xstate itself, once, so it has every field the installed xstate expects; only
 * its executor is replaced, by one that drops the actions (they are all `assign`s, already
 * applied to the snapshot). Nothing is ever stored in it: the machine spawns no actors, sends
 * no events and has no timers. Each step still depends only on the snapshot and the event;
 * test/api/runMachine.test.ts checks it against `transition` on every transition.
 */
const INERT_SCOPE: ActorScope<Snapshot, MachineEvent> = inertScopeOf(orderMachine);

function inertScopeOf(machine: typeof orderMachine): ActorScope<Snapshot, MachineEvent> {
  let captured: ActorScope<Snapshot, MachineEvent> | undefined;
  // The machine itself, except that its transition records the scope xstate hands it.
  const probe = Object.create(machine, {
    transition: {
      value: (snapshot: Snapshot, _event: MachineEvent, scope: ActorScope<Snapshot, MachineEvent>) => {
        captured = scope;
        return snapshot;
      },
    },
  }) as typeof orderMachine;
  const snapshot = machine.resolveState({ value: 'pending', context: { order: undefined as never, effects: [], journal: [] } });
  transition(probe, snapshot, { type: 'clock.tick' } as MachineEvent);
  assert(captured !== undefined, "xstate's transition must hand the machine an actor scope");
  return { ...captured, actionExecutor: () => {} };
}

/** Sends one event; `undefined` when the machine takes no transition (the snapshot is returned as is). */
export function step(run: Run, event: MachineEvent): Run | undefined {
  const next = orderMachine.transition(run.snapshot, event, INERT_SCOPE);
  if (next === run.snapshot) return undefined;
  const automatic = next.context.journal.slice(run.snapshot.context.journal.length);
  return { snapshot: next, taken: [...run.taken, event, ...automatic] };
}

/**
 * Applies every deadline reached at `atMs`, earliest first, each at its own instant (SPEC §6).
 * Each kind fires at most once per call (it stops being pending when it fires), so the loop is
 * bounded by the number of kinds; a deadline still due afterwards would be a bug.
 */
export function applyDueDeadlines(run: Run, atMs: number): Run {
  let current = run;
  for (let round = 0; round < DEADLINE_KINDS.length; round += 1) {
    const due = dueDeadline(current.snapshot.context.order, atMs);
    if (due === null) return current;
    const event: DeadlineEvent = { type: `deadline.${due.kind}`, at: due.at, by: { role: 'system' } };
    const next = step(current, event);
    assert(next !== undefined, () => `the machine must handle a due ${due.kind} deadline`);
    current = next;
  }
  assert(dueDeadline(current.snapshot.context.order, atMs) === null, 'deadlines must settle within one round per kind');
  return current;
}

/** The history entries of the transitions taken, all stamped with the order's next version (SPEC §8). */
export function historyOf(taken: readonly MachineEvent[], version: number): HistoryEntry[] {
  return taken.map((event) => {
    const entry: HistoryEntry = { version, type: event.type, at: event.at, by: event.by };
    const text = event as { reason?: string; message?: string };
    if (text.reason !== undefined) return { ...entry, reason: text.reason };
    if (text.message !== undefined) return { ...entry, message: text.message };
    return entry;
  });
}
