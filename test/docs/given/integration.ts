// What docs/integration.md's sketches take as given: a checkout's fields, and the host's own
// database, payment provider, job queue and HTTP request. The sketches are compile-only: they
// need a real database and provider, so these stand-ins only give them their types.
import { checkout } from '../../support/fixtures';
import { hostOnly } from '../harness/checkStated';

export const { id, buyer, seller, currency, items, tip, fees, deliveryDays } = checkout();
export const checkoutId = 'checkout-1';

type Transaction = {
  result(sql: string, values: unknown[]): Promise<{ rowCount: number }>;
  none(sql: string, values: unknown[]): Promise<null>;
};
export const db = hostOnly<{
  one(sql: string, values: unknown[]): Promise<{ version: number; data: unknown }>;
  tx<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
}>('db');
export const provider = hostOnly<{
  charge(request: { amount: string; currency: string; idempotencyKey: string }): Promise<{ id: string; succeededAt: string }>;
  refund(chargeId: string): Promise<void>;
}>('provider');
export const queue = hostOnly<{
  add(name: string, data: { orderId: string }, options: { runAt: string; jobId: string }): Promise<void>;
  process(name: string, handler: (data: { orderId: string }) => Promise<unknown>): void;
}>('queue');
export const session = hostOnly<{ userId: string }>('session');
export const request = hostOnly<{ headers: Record<string, string | undefined> }>('request');
export const body = hostOnly<{ message?: string }>('body');
