import { expect } from 'vitest';
import type { Order, OrderEvent } from '../../src';
import { applyEvent } from '../../src';
import { deepFreeze, expectError, keyed, recipient } from './fixtures';

/** A `notify` effect as SPEC §8 writes it, with its envelope restated from the literal key. */
export const notify = (to: string, event: string, at: string, idempotencyKey: string) => ({
  type: 'notify',
  ...recipient(to),
  event,
  at,
  ...keyed(idempotencyKey),
});

/** A `refund` effect in EUR, the scenarios' currency, with its envelope restated from the literal key. */
export const refund = (paymentId: string, amount: string, reason: string, at: string, idempotencyKey: string) => ({
  type: 'refund',
  paymentId,
  amount,
  currency: 'EUR',
  reason,
  at,
  ...keyed(idempotencyKey),
});

/** What `getBalances` answers for an order in EUR, the scenarios' currency. */
export const balances = (paidIn: string, held: string, refunded: string, paidOut: string, revenue: string) => ({
  currency: 'EUR',
  paidIn,
  held,
  refunded,
  paidOut,
  revenue,
});

/** Applies a refused event to the caller's own (frozen) order and checks it did not change. */
export function refused(order: Order, event: OrderEvent) {
  const before = JSON.stringify(order);
  const error = expectError(applyEvent(deepFreeze(order), event));
  expect(JSON.stringify(order)).toBe(before);
  return error;
}
