import type { Effect, ErrorCode, Order, OrderEvent } from 'sequestre';

/**
 * What the store answers. Expected outcomes are values, never exceptions: a committed change, a
 * duplicate, an unchanged order, a refusal by the library, or one of the store's own refusals
 * below. Database errors (a lost connection, a constraint the store did not expect) are thrown,
 * because the caller cannot know whether they committed and must not treat them as a refusal.
 *
 * The store's own codes, in the order they can happen:
 * - `ORDER_NOT_FOUND`: no order has this id. Nothing was written.
 * - `ORDER_EXISTS`: `create` was given an id that another checkout already used (another
 *   payment). Nothing was written; the checkout's charge belongs to no order and must be refunded.
 * - `NO_EVENT`: the `decide` callback returned nothing for the order it was shown. Nothing was
 *   written.
 * - `RETRIES_EXHAUSTED`: every attempt lost the race to another writer (`details.attempts`).
 *   Nothing was written; the request may be sent again (with the same event id).
 */
export const STORE_ERROR_CODES = ['ORDER_NOT_FOUND', 'ORDER_EXISTS', 'NO_EVENT', 'RETRIES_EXHAUSTED'] as const;

/** One of the store's own refusal codes. */
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** A refusal: the library's (SPEC §11) or the store's. Nothing was written. */
export type StoreError = {
  readonly code: ErrorCode | StoreErrorCode;
  readonly message: string;
  readonly details?: unknown;
};

/** `create`'s answer. A duplicate is the same checkout (same order id and payment) sent again. */
export type CreateResult =
  | { readonly ok: true; readonly order: Order; readonly effects: Effect[]; readonly duplicate?: true }
  | { readonly ok: false; readonly error: StoreError };

/**
 * `apply`'s answer.
 * - `ok: true, changed: true`: the event was applied and committed with its effects.
 * - `ok: true, duplicate: true`: this event id was already applied; nothing was written.
 * - `ok: true, changed: false`: the event changed nothing (a tick with nothing due).
 * - `ok: false`: refused, nothing written. `version` is the version of the order the refusal was
 *   judged on, when one was read.
 * `attempts` counts the reads: 1 when no other writer came in between.
 */
export type ApplyResult =
  | {
      readonly ok: true;
      readonly order: Order;
      readonly effects: Effect[];
      readonly changed: boolean;
      readonly duplicate?: true;
      readonly event: OrderEvent;
      readonly attempts: number;
    }
  | {
      readonly ok: false;
      readonly error: StoreError;
      readonly version?: number;
      readonly event?: OrderEvent;
      readonly attempts: number;
    };

/** `get`'s answer. */
export type GetResult =
  | { readonly ok: true; readonly order: Order }
  | { readonly ok: false; readonly error: StoreError };

/** Builds a refusal. */
export function storeError(code: StoreErrorCode, message: string, details?: unknown): StoreError {
  return details === undefined ? { code, message } : { code, message, details };
}
