import { expect } from 'vitest';
import type { Actor, Order, OrderEvent, OrderEventType, OrderInput, Result } from '../../src';
import { applyEvent, createOrder } from '../../src';

/** Named instants for scenario tables: t0 is when the buyer paid. */
export const t0 = '2026-03-01T10:00:00.000Z';
export const at = (base: string, ms: number) => new Date(Date.parse(base) + ms).toISOString();
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** An event of `type` at `when` by `by`, with its payload's fields: the scenarios' shorthand. */
export const ev = (type: OrderEvent['type'], when: string, by: Actor, payload: object = {}) =>
  ({ type, at: when, by, ...payload }) as OrderEvent;

/** Event types whose event is valid with type, at and by alone (a payload that is optional is left out). */
export const PAYLOAD_FREE: readonly OrderEventType[] = [
  'order.accept',
  'order.decline',
  'order.cancel',
  'order.deliver',
  'order.complete',
  'revision.request',
  'revision.accept',
  'revision.decline',
  'cancellation.request',
  'cancellation.accept',
  'cancellation.decline',
  'cancellation.withdraw',
  'extension.accept',
  'extension.decline',
  'extension.withdraw',
  'refund.accept',
  'refund.decline',
  'refund.withdraw',
  'dispute.open',
  'dispute.withdraw',
  'clock.tick',
];

export const BUYER = { role: 'buyer', id: 'b-1' } as const;
export const SELLER = { role: 'seller', id: 's-1' } as const;
export const PLATFORM = { role: 'platform', id: 'agent-7' } as const;
export const SYSTEM = { role: 'system' } as const;

/** SPEC §7.2's worked checkout: 40.00 + 10.00, tip 5.00, buyer fee 5 %, commission 20 % → 57.50. */
export function checkout(overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    id: 'o-1',
    buyer: { id: 'b-1' },
    seller: { id: 's-1' },
    currency: 'EUR',
    items: [
      { id: 'gig', label: 'Logo design', price: '40.00' },
      { id: 'express', label: 'Express delivery', price: '10.00' },
    ],
    tip: '5.00',
    deliveryDays: 3,
    fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } },
    payment: { id: 'pay-1', amount: '57.50' },
    placedAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

/** Deep-freezes a value, so a test fails if the library mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Asserts success and returns the result narrowed. */
export function expectOk(result: Result): Extract<Result, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result;
}

/** Asserts refusal and returns the error. */
export function expectError(result: Result): Extract<Result, { ok: false }>['error'] {
  if (result.ok) throw new Error('expected a refusal, got ok');
  return result.error;
}

/** A new order from the worked checkout. */
export function placed(overrides: Partial<OrderInput> = {}): Order {
  return expectOk(createOrder(checkout(overrides))).order;
}

/**
 * Applies an event the way a careful host does: on a deep-frozen copy of the stored JSON, then
 * checks that the order survives a JSON round trip unchanged.
 */
export function apply(order: Order, event: OrderEvent): Result {
  const stored = deepFreeze(JSON.parse(JSON.stringify(order)) as Order);
  const result = applyEvent(stored, event);
  if (result.ok && JSON.stringify(JSON.parse(JSON.stringify(result.order))) !== JSON.stringify(result.order)) {
    throw new Error('the order is not plain JSON');
  }
  return result;
}

/** Applies events in turn, each expected to succeed; returns the last result. */
export function run(order: Order, ...events: OrderEvent[]): Extract<Result, { ok: true }> {
  let result: Extract<Result, { ok: true }> = { ok: true, order, effects: [] };
  for (const event of events) result = expectOk(apply(result.order, event));
  return result;
}

/** A refusal answers the code and rule and leaves the caller's (frozen) order as it was. */
export function refused(
  order: Order,
  event: OrderEvent,
  code: string,
  rule: string,
): Extract<Result, { ok: false }>['error'] {
  const before = structuredClone(order);
  const error = expectError(applyEvent(deepFreeze(order), event));
  expect({ code: error.code, rule: (error.details as { rule?: string } | undefined)?.rule }).toEqual({ code, rule });
  expect(order).toEqual(before);
  return error;
}

/**
 * The envelope SPEC §8 puts on every effect, restated from its literal key: `keyed('o-1:4:2')` is
 * `{ orderId: 'o-1', version: 4, index: 2, idempotencyKey: 'o-1:4:2' }`. Scenario helpers that
 * take a key use it, so each expectation is still written once, as a literal.
 */
export function keyed(idempotencyKey: string) {
  const [orderId, version, index] = idempotencyKey.split(':') as [string, string, string];
  return { orderId, version: Number(version), index: Number(index), idempotencyKey };
}

/** The fixture party ids a notification names (`toId`, SPEC §8); the platform has none. */
export function recipient(to: string) {
  if (to === 'buyer') return { to, toId: BUYER.id };
  if (to === 'seller') return { to, toId: SELLER.id };
  return { to };
}
