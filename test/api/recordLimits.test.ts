import { describe, expect, it } from 'vitest';
import { applyEvent, availableActions, type Order, parseOrder } from '../../src';
import {
  at,
  BUYER,
  expectError,
  expectOk,
  HOUR,
  PLATFORM,
  placed,
  refused,
  run,
  SELLER,
  SYSTEM,
  t0,
} from '../support/fixtures';

// A limit on everything: an order keeps at most 10,000 history entries, event ids, offers and
// extras, and party events stop 64 short of it, so parseOrder can always read back an order.

/** An order in progress whose event ids fill the list up to `count` (each id once, as accepted events leave them). */
function withEventIds(count: number): Order {
  const order = run(placed(), { type: 'order.accept', at: at(t0, HOUR), by: SELLER }).order;
  return { ...order, eventIds: Array.from({ length: count }, (_, i) => ({ id: `e-${i}`, fingerprint: null })) };
}

describe('record limits', () => {
  const full = withEventIds(10_000 - 64);
  const roomy = withEventIds(10_000 - 65);

  it('refuses buyer and seller events with LIMIT_REACHED once a record list reaches 9,936', () => {
    const error = expectError(applyEvent(full, { type: 'order.deliver', at: at(t0, 2 * HOUR), by: SELLER }));
    expect(error.code).toBe('LIMIT_REACHED');
    expect(error.details).toEqual({ rule: 'order.recordsFull', limit: 10_000 });
  });

  it('takes a party event one record before the reserve', () => {
    expect(expectOk(applyEvent(roomy, { type: 'order.deliver', at: at(t0, 2 * HOUR), by: SELLER })).order.status).toBe(
      'delivered',
    );
  });

  it('still lets the platform cancel a full order, and the result reads back through parseOrder', () => {
    const result = expectOk(applyEvent(full, { type: 'order.cancel', at: at(t0, 2 * HOUR), by: PLATFORM }));
    expect(result.order.status).toBe('cancelled');
    expect(parseOrder(JSON.parse(JSON.stringify(result.order)))).toEqual(result.order);
  });

  it('still lets the platform resolve a dispute on a full order', () => {
    const disputed = withEventIds(10_000 - 65);
    const full = run(disputed, { type: 'dispute.open', at: at(t0, 2 * HOUR), by: BUYER }).order;
    expect(full.eventIds).toHaveLength(10_000 - 65);
    const filled = { ...full, eventIds: [...full.eventIds, { id: 'e-last', fingerprint: null }] };
    refused(
      filled,
      { type: 'dispute.withdraw', at: at(t0, 3 * HOUR), by: BUYER },
      'LIMIT_REACHED',
      'order.recordsFull',
    );
    const resolve = { type: 'dispute.resolve', at: at(t0, 3 * HOUR), by: PLATFORM, outcome: 'refund' } as const;
    expect(expectOk(applyEvent(filled, resolve)).order.status).toBe('cancelled');
  });

  it('still applies deadlines to a full order', () => {
    const result = expectOk(applyEvent(full, { type: 'clock.tick', at: '2026-03-04T11:00:00.000Z', by: SYSTEM }));
    expect(result.order.lateSince).toBe('2026-03-04T11:00:00.000Z');
  });

  it('reports LIMIT_REACHED in availableActions for the parties, as applyEvent answers', () => {
    const actions = availableActions(full, { viewer: BUYER, at: at(t0, 2 * HOUR) });
    expect(actions.every((action) => action.reason === 'LIMIT_REACHED')).toBe(true);
    const platform = availableActions(full, { viewer: PLATFORM, at: at(t0, 2 * HOUR) });
    expect(platform.find((action) => action.type === 'order.cancel')).toEqual({ type: 'order.cancel', allowed: true });
  });
});
