import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src';
import { dueDeadline } from '../../src/deadlines';
import { applyDueDeadlines, INERT_SCOPE, startRun, transitionWith } from '../../src/engine/runMachine';
import { STATUS_NODES } from '../../src/engine/statusNodes';
import { candidatesFor, refusalOf } from '../../src/engine/verdicts';
import { EVENT_TYPES, STATUSES } from '../../src/model/vocabulary';
import { RULES } from '../../src/order/rules';
import { orderGraph } from '../model/orderGraph';

// Why an event is refused is read from the machine: its transitions for the event, in its own
// order, and the rules of their guards. So the reading must say "allowed" exactly when the machine
// takes a transition, on every edge of the model graph.

describe('refusals read from the machine', () => {
  it('find one named guard, with its rule, on every transition of an event a party or the platform sends', () => {
    for (const node of new Set([...STATUS_NODES.values()].flatMap((status) => [status, status.parent!]))) {
      for (const type of EVENT_TYPES) {
        for (const { guard } of node.on[type] ?? []) {
          if (guard === undefined) continue;
          const name = typeof guard === 'string' ? guard : (guard as { type?: unknown }).type;
          expect(typeof name === 'string' && name in RULES, `${node.id} on ${type}: one named guard`).toBe(true);
        }
      }
    }
    for (const status of STATUSES)
      for (const type of EVENT_TYPES)
        for (const { rule } of candidatesFor(status, type)) expect(rule).not.toBeUndefined();
  });

  it('find every event type a party or the platform sends handled in some status: a new type cannot be forgotten in the machine', () => {
    const handled = new Set(
      STATUSES.flatMap((status) => EVENT_TYPES.filter((type) => candidatesFor(status, type).length > 0)),
    );
    expect(EVENT_TYPES.filter((type) => type !== 'clock.tick' && !handled.has(type))).toEqual([]);
  });

  it('say "allowed" exactly when the machine takes a transition, on every edge of the model graph', () => {
    let compared = 0;
    for (const { from, event } of orderGraph().edges) {
      if (event.type === 'clock.tick') continue;
      const current = applyDueDeadlines(startRun(from), Date.parse(event.at)).snapshot;
      if (['completed', 'cancelled', 'expired'].includes(current.context.order.status)) continue;
      const taken = transitionWith(INERT_SCOPE, current, event) !== current;
      const refusal = refusalOf(current.context.order, event as OrderEvent);
      expect(
        refusal === undefined,
        `${event.type} in ${current.context.order.status}: ${refusal?.message ?? 'allowed'}`,
      ).toBe(taken);
      expect(dueDeadline(current.context.order, Date.parse(event.at))).toBeNull();
      compared += 1;
    }
    expect(compared).toBeGreaterThan(300);
  });
});
