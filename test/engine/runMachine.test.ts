import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { orderMachine } from '../../src';
import { dueDeadline } from '../../src/deadlines';
import { INERT_SCOPE, probeInertScope, type Run, startRun, transitionWith } from '../../src/engine/runMachine';
import type { MachineEvent } from '../../src/order/updates/context';
import { orderGraph } from '../model/orderGraph';
import { allNodes } from '../model/transitions';

// The machine is stepped through an inert actor scope taken once from xstate (the fast path), or
// through xstate's public `transition` when that scope cannot be taken. Both must answer exactly
// as `transition` does, and the fast path must drop nothing: every action is an `assign`.

type Snapshot = Run['snapshot'];

/** One step both ways: through `transitionWith(scope)`, and through xstate's own pure `transition`. */
function stepBoth(scope: typeof INERT_SCOPE, ours: Snapshot, reference: Snapshot, event: MachineEvent) {
  const next = transitionWith(scope, ours, event);
  const [theirs] = transition(orderMachine, reference, event);
  expect(next === ours, `${event.type}: taken by one path only`).toBe(theirs === reference);
  expect(next.value).toEqual(theirs.value);
  expect(next.context).toEqual(theirs.context);
  expect(next.status).toBe(theirs.status);
  return { ours: next, reference: theirs, taken: next !== ours };
}

/** Walks every edge of the model graph, deadlines included, comparing one path with `transition`. */
function compareOnGraph(scope: typeof INERT_SCOPE) {
  const counts = { taken: 0, refused: 0, deadlines: 0 };
  for (const { from, event } of orderGraph().edges) {
    let ours = startRun(from).snapshot;
    let reference = ours;
    const atMs = Date.parse(event.at);
    for (let due = dueDeadline(ours.context.order, atMs); due !== null; due = dueDeadline(ours.context.order, atMs)) {
      ({ ours, reference } = stepBoth(scope, ours, reference, {
        type: `deadline.${due.kind}`,
        at: due.at,
        by: { role: 'system' },
      }));
      counts.deadlines += 1;
    }
    if (event.type === 'clock.tick') continue;
    const { taken } = stepBoth(scope, ours, reference, event);
    counts[taken ? 'taken' : 'refused'] += 1;
  }
  return counts;
}

/** Every action the machine's configuration names, on every transition (eventless ones too) and entry. */
function referencedActions(): Set<string> {
  const names = new Set<string>();
  const nameOf = (action: unknown) => (typeof action === 'string' ? action : (action as { type: string }).type);
  for (const node of allNodes(orderMachine.root)) {
    for (const action of node.entry) names.add(nameOf(action));
    for (const transitions of [...Object.values(node.on), node.always ?? []])
      for (const each of transitions) for (const action of each.actions) names.add(nameOf(action));
  }
  return names;
}

describe('stepping the machine', () => {
  it('takes the fast path with the xstate installed here', () => {
    expect(INERT_SCOPE).not.toBeNull();
  });

  it.each([
    ['the fast path (one inert actor scope)', INERT_SCOPE],
    ["the public path (xstate's transition)", null],
  ])("answers exactly as xstate's transition on every edge of the model graph, deadlines included: %s", (_, scope) => {
    const counts = compareOnGraph(scope);
    // Every kind of answer was compared, many times over.
    expect(counts.taken).toBeGreaterThan(100);
    expect(counts.refused).toBeGreaterThan(100);
    expect(counts.deadlines).toBeGreaterThan(20);
  });

  it('does not depend on what ran before: the same step twice gives equal snapshots', () => {
    const { from, event } = orderGraph().edges.find(
      (edge) => edge.event.type === 'order.deliver' && edge.to.order!.status === 'delivered',
    )!;
    const first = transitionWith(INERT_SCOPE, startRun(from).snapshot, event);
    const second = transitionWith(INERT_SCOPE, startRun(from).snapshot, event);
    expect(second.context).toEqual(first.context);
    expect(second).not.toBe(first);
  });
});

describe('probing the inert scope', () => {
  // A later xstate may call the machine otherwise: the probe then gives null, and every step
  // takes the public path. Each step below hands the machine something the fast path cannot use.
  type Step = Parameters<typeof probeInertScope>[0];
  /** A step that calls the machine's transition with `scope`, as xstate's own does. */
  const handing =
    (scope: unknown): Step =>
    (machine, snapshot, event) =>
      (machine.transition as (...args: unknown[]) => unknown)(snapshot, event, scope) as never;
  const scopeLike = { self: {}, actionExecutor: () => 'ran', system: 'kept' };

  it.each([
    [
      'a step that throws',
      (() => {
        throw new Error('changed');
      }) as Step,
    ],
    [
      'a step that throws after handing a usable scope',
      ((machine, snapshot, event) => {
        handing(scopeLike)(machine, snapshot, event);
        throw new Error('changed');
      }) as Step,
    ],
    ['a step that never calls the machine', (() => [undefined, []]) as unknown as Step],
    ['a scope that is no object', handing(42)],
    ['a null scope', handing(null)],
    ['a scope without an action executor', handing({ self: {} })],
    ['a scope without self', handing({ actionExecutor: () => {} })],
  ])('gives null for %s', (_, step) => {
    expect(probeInertScope(step)).toBeNull();
  });

  it('keeps what xstate hands the machine, with an executor that runs nothing', () => {
    const scope = probeInertScope(handing(scopeLike)) as unknown as typeof scopeLike;
    expect(scope).toMatchObject({ self: scopeLike.self, system: 'kept' });
    expect(scope.actionExecutor).not.toBe(scopeLike.actionExecutor);
    expect(scope.actionExecutor()).toBeUndefined();
  });
});

describe("the machine's actions", () => {
  const registered = orderMachine.implementations.actions as Record<string, { type?: unknown }>;

  it('are all assigns, so the fast path, which runs no action, drops nothing', () => {
    for (const [name, action] of Object.entries(registered)) expect(action.type, name).toBe('xstate.assign');
  });

  it('are each named by a transition or an entry of the configuration: none registered for nothing', () => {
    expect([...referencedActions()].sort()).toEqual(Object.keys(registered).sort());
  });
});
