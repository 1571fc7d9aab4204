import { type ActorScope, transition } from 'xstate';
import { DEADLINE_KINDS, dueDeadline } from '../deadlines';
import { assert } from '../errors';
import type { DeadlineEvent, HistoryEntry, Order } from '../model/types';
import { withFields } from '../model/withFields';
import { orderMachine } from '../order/machine';
import type { MachineEvent, OrderContext } from '../order/updates/context';
import { stateValueOf } from './statusNodes';

type Snapshot = ReturnType<typeof orderMachine.resolveState>;

/** A run of the machine inside one `applyEvent`: the snapshot so far and the transitions taken. */
export type Run = { readonly snapshot: Snapshot; readonly taken: readonly MachineEvent[] };

/** Restores a stored order into the machine. The order's JSON, not xstate's snapshot, is the storage format. */
export function startRun(order: Order): Run {
  // Stryker disable next-line ArrayDeclaration: `step` reads the journal only past its length before the step.
  const context: OrderContext = { order, effects: [], journal: [] };
  return { snapshot: orderMachine.resolveState({ value: stateValueOf(order.status), context }), taken: [] };
}

type Scope = ActorScope<Snapshot, MachineEvent>;

/**
 * The actor scope the fast path steps in, or `null` for the public path. xstate's pure
 * `transition(machine, snapshot, event)` builds a throwaway actor per call, and with it the
 * machine's initial snapshot, only to hand `machine.transition` an inert scope: an eighth of each
 * `applyEvent`. The fast path takes that scope from xstate's own `transition`, once, and keeps
 * it; its executor is replaced by one that runs nothing, because every action of the machine is
 * an `assign`, already applied to the snapshot. How `transition` calls the machine is not a
 * promise of xstate's API, so the scope is probed inside a guard: if a release of xstate calls
 * the machine otherwise, or hands it something else, the probe gives `null` and every step goes
 * through the public `transition`. An import can never fail on it.
 * test/engine/runMachine.test.ts compares both paths with `transition` on every edge of the
 * model graph, and fails if the machine ever gains an action that is not an `assign`.
 */
export const INERT_SCOPE: Scope | null = probeInertScope(transition);

/**
 * The scope `step`, xstate's `transition`, hands the machine, with an executor that runs nothing;
 * `null` if it throws or hands anything without the fields the fast path needs.
 * test/engine/runMachine.test.ts gives it steps of other shapes to check that fallback.
 */
export function probeInertScope(step: typeof transition): Scope | null {
  let captured: unknown;
  try {
    // The machine itself, except that its transition records the scope xstate hands it.
    const probe = Object.create(orderMachine, {
      transition: {
        value: (snapshot: Snapshot, _event: MachineEvent, scope: unknown) => {
          captured = scope;
          return snapshot;
        },
      },
    }) as typeof orderMachine;
    const snapshot = orderMachine.resolveState({
      value: 'pending',
      // Stryker disable next-line ObjectLiteral,ArrayDeclaration: the probe never reads the context it is given.
      context: { order: undefined as never, effects: [], journal: [] },
    });
    step(probe, snapshot, { type: 'clock.tick' } as MachineEvent);
  } catch {
    // Whatever went wrong, the public path remains: nothing of the probe is kept.
    return null;
  }
  if (typeof captured !== 'object' || captured === null || !('actionExecutor' in captured) || !('self' in captured))
    return null;
  return { ...(captured as Scope), actionExecutor: () => {} };
}

/** One step of the machine: through the inert scope when there is one, else through xstate's public `transition`. */
export function transitionWith(scope: Scope | null, snapshot: Snapshot, event: MachineEvent): Snapshot {
  // Both paths answer the same snapshot (test/engine/runMachine.test.ts): only the speed tells them apart.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  return scope === null
    ? transition(orderMachine, snapshot, event)[0]
    : orderMachine.transition(snapshot, event, scope);
}

/** Sends one event; `undefined` when the machine takes no transition. */
export function step(run: Run, event: MachineEvent): Run | undefined {
  const next = transitionWith(INERT_SCOPE, run.snapshot, event);
  // With no transition, xstate returns the snapshot it was given, whichever path stepped.
  if (next === run.snapshot) return undefined;
  // The slice keeps a step from recording an earlier step's entries again. Only the event's own step
  // journals today (the decline that opens a dispute), and it is the last step of a run.
  // Stryker disable next-line MethodExpression: equivalent, as said above
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
  // The loop ends by its `return`: the bound only guards against a future bug.
  // Stryker disable next-line EqualityOperator,UpdateOperator,AssignmentOperator: equivalent, as said above
  for (let round = 0; round < DEADLINE_KINDS.length; round += 1) {
    const due = dueDeadline(current.snapshot.context.order, atMs);
    if (due === null) return current;
    const event: DeadlineEvent = { type: `deadline.${due.kind}`, at: due.at, by: { role: 'system' } };
    const next = step(current, event);
    // The machine handles every due deadline (test/model): the assertion guards against a future bug.
    // Stryker disable next-line all: equivalent, as said above
    assert(next !== undefined, () => `the machine must handle a due ${due.kind} deadline`);
    current = next;
  }
  // Unreachable while each kind fires once (see the loop): it guards against a future bug.
  // Stryker disable next-line all: equivalent, as said above
  assert(dueDeadline(current.snapshot.context.order, atMs) === null, 'deadlines must settle within one round per kind');
  return current;
}

/** The history entries of the transitions taken, all stamped with the order's next version (SPEC §8). */
export function historyOf(taken: readonly MachineEvent[], version: number): HistoryEntry[] {
  return taken.map((event) => {
    const entry: HistoryEntry = { version, type: event.type, at: event.at, by: event.by };
    const text = event as { reason?: string; message?: string };
    if (text.reason !== undefined) return withFields(entry, { reason: text.reason });
    if (text.message !== undefined) return withFields(entry, { message: text.message });
    return entry;
  });
}
