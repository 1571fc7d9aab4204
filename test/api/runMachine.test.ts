import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { orderMachine } from '../../src';
import { startRun, step, type Run } from '../../src/engine/runMachine';
import { dueDeadline } from '../../src/deadlines';
import type { MachineEvent } from '../../src/order/updates/context';
import { orderGraph } from '../model/orderGraph';

type Snapshot = Run['snapshot'];

/** One step both ways: `step` in the shared inert scope, and xstate's own pure `transition`. */
function stepBoth(run: Run, reference: Snapshot, event: MachineEvent): { run: Run | undefined; reference: Snapshot } {
  const ours = step(run, event);
  const [theirs] = transition(orderMachine, reference, event);
  if (ours === undefined) {
    expect(theirs, `xstate takes a transition for ${event.type} where step takes none`).toBe(reference);
  } else {
    expect(theirs).not.toBe(reference);
    expect(ours.snapshot.value).toEqual(theirs.value);
    expect(ours.snapshot.context).toEqual(theirs.context);
    expect(ours.snapshot.status).toBe(theirs.status);
  }
  return { run: ours, reference: theirs };
}

describe('step: the machine in one shared inert actor scope', () => {
  it("answers exactly as xstate's transition on every edge of the model graph, deadlines included", () => {
    let taken = 0;
    let refused = 0;
    let deadlines = 0;
    for (const { from, event } of orderGraph().edges) {
      let run = startRun(from);
      let reference = run.snapshot;
      const atMs = Date.parse(event.at);
      for (let due = dueDeadline(run.snapshot.context.order, atMs); due !== null; due = dueDeadline(run.snapshot.context.order, atMs)) {
        const next = stepBoth(run, reference, { type: `deadline.${due.kind}`, at: due.at, by: { role: 'system' } });
        expect(next.run).toBeDefined();
        run = next.run!;
        reference = next.reference;
        deadlines += 1;
      }
      if (event.type === 'clock.tick') continue;
      const next = stepBoth(run, reference, event);
      if (next.run === undefined) refused += 1;
      else taken += 1;
    }
    // Every kind of answer was compared, many times over.
    expect(taken).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
    expect(deadlines).toBeGreaterThan(20);
  });

  it('does not depend on what ran before: the same step twice gives equal snapshots', () => {
    const { from, event } = orderGraph().edges.find((edge) => edge.event.type === 'order.deliver' && edge.to.order!.status === 'delivered')!;
    const first = step(startRun(from), event)!;
    const second = step(startRun(from), event)!;
    expect(second.snapshot.context).toEqual(first.snapshot.context);
    expect(second.snapshot).not.toBe(first.snapshot);
  });
});
