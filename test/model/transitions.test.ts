import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { type Actor, createOrder, nextDeadline, orderMachine } from '../../src';
import { checkActions } from '../properties/support/checks';
import { apply, checkout, expectOk } from '../support/fixtures';
import { orderGraph } from './orderGraph';
import { allNodes, machineTransitions } from './transitions';

const graph = orderGraph();

/** The machine node of each status: the working statuses sit under `active`. */
const NODE_IDS: Record<string, readonly string[]> = {
  pending: ['order.pending'],
  inProgress: ['order.active', 'order.active.inProgress'],
  delivered: ['order.active', 'order.active.delivered'],
  revisionRequested: ['order.active', 'order.active.revisionRequested'],
  disputed: ['order.disputed'],
  completed: ['order.completed'],
  cancelled: ['order.cancelled'],
  expired: ['order.expired'],
};

describe('model-based coverage of orderMachine (xstate/graph)', () => {
  it('takes every transition of the machine, each guarded branch on its own, on some path', () => {
    const taken = new Set([...graph.placements, ...graph.edges.flatMap((edge) => edge.to.taken)]);
    const missing = machineTransitions(orderMachine).filter((transition) => !taken.has(transition.key));
    expect(
      missing.map((transition) => transition.label),
      'no path of the model takes these transitions: add an event factory in test/model/events.ts (or a policy in orderGraph.ts) that reaches them',
    ).toEqual([]);
    // The trace only names real transitions.
    const known = new Set(machineTransitions(orderMachine).map((transition) => transition.key));
    expect([...taken].filter((key) => !known.has(key))).toEqual([]);
  });

  it('reaches every state node of the machine', () => {
    // Every order passes the `placed` choice as it is created.
    const reached = new Set([
      'order',
      'order.placed',
      ...graph.orders.flatMap((order) => NODE_IDS[order.status] ?? [`unknown status ${order.status}`]),
    ]);
    const nodes = allNodes(orderMachine.root).map((node) => node.id);
    expect(
      nodes.filter((id) => !reached.has(id)),
      'no path of the model reaches these state nodes',
    ).toEqual([]);
    expect([...reached].filter((id) => !nodes.includes(id))).toEqual([]);
  });

  it('walks each preset, and the graph of an order without acceptance or revision answer step never waits for them (SPEC §9)', () => {
    const statusesOf = (name: string) =>
      new Set(graph.orders.filter((order) => order.policy.name === name).map((order) => order.status));
    expect([...statusesOf('comeup')].sort()).toEqual([
      'cancelled',
      'completed',
      'delivered',
      'disputed',
      'expired',
      'inProgress',
      'pending',
      'revisionRequested',
    ]);
    // Neither preset expires (maxLifetime: null); both start at work and redeliver without an answer.
    for (const name of ['fiverr', 'upwork'])
      expect([...statusesOf(name)].sort()).toEqual(['cancelled', 'completed', 'delivered', 'disputed', 'inProgress']);
  });

  it('gets to every reachable order again by replaying its shortest path through applyEvent on stored JSON', () => {
    expect(graph.paths.length).toBe(graph.orders.length);
    for (const path of graph.paths) {
      let order = expectOk(createOrder(checkout({ policy: path.policy }))).order;
      for (const event of path.events) order = expectOk(apply(order, event)).order;
      expect(order).toEqual(path.order);
    }
  });

  it('traces a transition for every change applyEvent makes, and none for an unchanged result', () => {
    for (const { from, event, to } of graph.edges) {
      const changed = to.order !== null && to.order.version > from.version;
      expect(to.taken.length > 0, `${event.type} on a ${from.status} order`).toBe(changed);
    }
  });
});

// The model's orders are few enough to check every party on each (the property tests sample;
// wrong ids are the authorization table's).
const VIEWERS: readonly Actor[] = [
  { role: 'buyer', id: 'b-1' },
  { role: 'seller', id: 's-1' },
  { role: 'platform', id: 'agent-7' },
  { role: 'system' },
];

describe('availableActions on every order the model reaches (SPEC §10)', () => {
  it('agrees with applyEvent for every event without payload, at the last change and at the next deadline', () => {
    for (const order of graph.orders) {
      const next = nextDeadline(order);
      const instants = [order.history[order.history.length - 1]!.at, ...(next === null ? [] : [next.at])];
      for (const viewer of VIEWERS) for (const at of instants) checkActions(order, viewer, at);
    }
  });
});

describe('machineTransitions', () => {
  it('lists each guarded branch of a transition, so a new one without a path is reported by name', () => {
    const machine = createMachine({
      id: 'toy',
      initial: 'a',
      states: {
        a: { on: { go: [{ guard: 'isReady', target: 'b' }, { target: 'c' }] } },
        b: { on: { back: 'a' } },
        c: {},
      },
    });
    expect(machineTransitions(machine).map((transition) => transition.label)).toEqual([
      'toy.a|go#0 → toy.b, guard "isReady"',
      'toy.a|go#1 → toy.c, no guard',
      'toy.b|back#0 → toy.a, no guard',
    ]);
  });
});
