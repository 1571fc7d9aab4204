import type { Refusal } from '../errors';
import type { Effect, Order, Result } from '../model/types';

/** An accepted command. */
export function ok(order: Order, effects: Effect[]): Result {
  return { ok: true, order, effects };
}

/** A refused command: the caller's order stays as it was. */
export function fail(refusal: Refusal): Result {
  return {
    ok: false,
    error: refusal.details === undefined ? { code: refusal.code, message: refusal.message } : { ...refusal },
  };
}
