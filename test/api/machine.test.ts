import { describe, expect, it } from 'vitest';
import { type AnyStateNode, initialTransition, transition } from 'xstate';
import { createOrderMachine, orderMachine, type Policy, presets, SequestreError } from '../../src';
import { checkout, SELLER } from '../support/fixtures';

/** Every state node under the root, the root included. */
function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child as AnyStateNode))];
}

/**
 * Whether a guard is named: a string, an object with a `type`, or one of xstate's own
 * combinators (`and`, `or`, `not`: functions carrying `check` and `guards`) whose parts are
 * all named in turn. A bare function written in the config is not.
 */
function isNamedGuard(guard: unknown): boolean {
  if (typeof guard === 'string') return guard.length > 0;
  if (typeof guard === 'object' && guard !== null) return typeof (guard as { type?: unknown }).type === 'string';
  if (typeof guard === 'function') {
    const combinator = guard as unknown as { check?: unknown; guards?: unknown };
    return (
      typeof combinator.check === 'function' &&
      Array.isArray(combinator.guards) &&
      combinator.guards.every(isNamedGuard)
    );
  }
  return false;
}

/** The names of the leaf guards a guard refers to. */
function guardNames(guard: unknown): string[] {
  if (typeof guard === 'string') return [guard];
  if (typeof guard === 'object' && guard !== null) return [(guard as { type: string }).type];
  if (typeof guard === 'function')
    return ((guard as unknown as { guards: unknown[] }).guards ?? []).flatMap(guardNames);
  return [];
}

/** Every guard on every transition of the machine (event, delayed and eventless). */
function allGuards(machine: typeof orderMachine): { where: string; guard: unknown }[] {
  return allNodes(machine.root).flatMap((node) => {
    const transitions = [...node.transitions.values()].flat();
    const eventless = node.always ?? [];
    return [...transitions, ...eventless]
      .filter((transition) => transition.guard !== undefined)
      .map((transition) => ({ where: `${node.id} on ${transition.eventType}`, guard: transition.guard as unknown }));
  });
}

const acme: Policy = { ...presets.comeup, name: 'acme', reviewWindow: 'P3D' };

describe('orderMachine and createOrderMachine', () => {
  it('exports orderMachine and createOrderMachine', () => {
    expect(typeof createOrderMachine).toBe('function');
    expect(orderMachine.root).toBeDefined();
    expect(typeof createOrderMachine(acme).transition).toBe('function');
  });

  it('takes an OrderInput as input and holds the order in its context, pending at version 1', () => {
    const [snapshot] = initialTransition(orderMachine, checkout());
    expect(snapshot.value).toBe('pending');
    expect(snapshot.context.order.status).toBe('pending');
    expect(snapshot.context.order.version).toBe(1);
    expect(snapshot.context.order.policy.name).toBe('comeup');
  });

  it('createOrderMachine(policy) sets the default policy for inputs that carry none', () => {
    const [snapshot] = initialTransition(createOrderMachine(acme), checkout());
    expect(snapshot.context.order.policy.name).toBe('acme');
    expect(snapshot.context.order.policy.reviewWindow).toBe('P3D');
  });

  it('lets an input’s own policy win over the machine’s default', () => {
    const own: Policy = { ...presets.comeup, name: 'own', reviewWindow: 'P14D' };
    const [snapshot] = initialTransition(createOrderMachine(acme), checkout({ policy: own }));
    expect(snapshot.context.order.policy.name).toBe('own');
    expect(snapshot.context.order.policy.reviewWindow).toBe('P14D');
  });

  it('createOrderMachine() without a policy uses presets.comeup', () => {
    const [snapshot] = initialTransition(createOrderMachine(), checkout());
    expect(snapshot.context.order.policy).toEqual(presets.comeup);
  });

  it.each<[string, unknown]>([
    ['a zero reviewWindow', { ...presets.comeup, reviewWindow: 'PT0S' }],
    ['a missing field', { ...presets.comeup, onExpiry: undefined }],
    ['an unknown field', { ...presets.comeup, tipsAllowed: true }],
    ['onExpiry "burn"', { ...presets.comeup, onExpiry: 'burn' }],
    ['not an object', 'comeup'],
  ])('createOrderMachine throws SequestreError INVALID_INPUT for a policy with %s', (_name, policy) => {
    let caught: unknown;
    try {
      createOrderMachine(policy as Policy);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SequestreError);
    expect((caught as SequestreError).code).toBe('INVALID_INPUT');
  });
});

describe('the machine through xstate’s pure transition()', () => {
  it('moves a pending order to inProgress on order.accept', () => {
    const [snapshot] = initialTransition(orderMachine, checkout());
    const [next] = transition(orderMachine, snapshot, {
      type: 'order.accept',
      at: '2026-03-01T12:00:00.000Z',
      by: SELLER,
    });
    expect(next.value).toEqual({ active: 'inProgress' });
    expect(next.context.order.status).toBe('inProgress');
    expect(next.context.order.deliveryDeadline).toBe('2026-03-04T12:00:00.000Z');
  });

  it('leaves the snapshot unchanged when it refuses an event', () => {
    const [snapshot] = initialTransition(orderMachine, checkout());
    const [next] = transition(orderMachine, snapshot, {
      type: 'order.deliver',
      at: '2026-03-01T12:00:00.000Z',
      by: SELLER,
    });
    expect(next).toBe(snapshot);
    expect(next.context.order.status).toBe('pending');
  });
});

describe('the machine configuration', () => {
  it('has states for every status of SPEC §5', () => {
    const ids = allNodes(orderMachine.root).map((node) => node.key);
    for (const status of [
      'pending',
      'inProgress',
      'delivered',
      'revisionRequested',
      'disputed',
      'completed',
      'cancelled',
      'expired',
    ]) {
      expect(ids).toContain(status);
    }
  });

  it('has no `after` timers in any state: deadlines are data', () => {
    for (const node of allNodes(orderMachine.root)) {
      expect({ id: node.id, after: node.after }).toEqual({ id: node.id, after: [] });
      expect({ id: node.id, after: node.config.after }).toEqual({ id: node.id, after: undefined });
    }
  });

  it('guards transitions with named guards only, never an inline function', () => {
    const guards = allGuards(orderMachine);
    expect(guards.length).toBeGreaterThan(10);
    for (const { where, guard } of guards)
      expect({ where, named: isNamedGuard(guard) }).toEqual({ where, named: true });
  });

  it('implements every guard name it refers to in setup()', () => {
    const implemented = Object.keys(orderMachine.implementations.guards);
    const used = new Set(allGuards(orderMachine).flatMap(({ guard }) => guardNames(guard)));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(implemented).toContain(name);
  });

  it('holds the same named guards in a machine made with a custom policy', () => {
    for (const { where, guard } of allGuards(createOrderMachine(acme)))
      expect({ where, named: isNamedGuard(guard) }).toEqual({ where, named: true });
  });
});
