import { applyEvent, type Effect, nextDeadline, type Order, type OrderEvent } from 'sequestre';
import type { Queryable } from './database/types';
import type { Decide } from './decide';
import { readOrder } from './readOrder';
import { type StoreError, storeError } from './results';
import { SELECT_ORDER, SELECT_ORDER_FOR_UPDATE, UPDATE_ORDER } from './sql/orders';
import { insertEffects } from './sql/outbox';

/**
 * One attempt at changing an order, inside a transaction that the caller owns: read the row,
 * parse it, let the caller decide the event on this state and this attempt's `at`, run
 * `applyEvent`, and write the new order, its schedule and its effects together.
 *
 * Invariants:
 * - the write happens only if the row still has the version that was read (`WHERE version = $2`);
 *   otherwise nothing is written and the answer is `conflict`;
 * - the order, `next_deadline_at` and every effect are written in the same transaction, so a
 *   crash keeps all of them or none;
 * - effects are inserted with a plain INSERT, so a key that already exists fails the transaction.
 */
export type Attempt =
  | {
      readonly kind: 'written';
      readonly order: Order;
      readonly effects: Effect[];
      readonly event: OrderEvent;
      readonly version: number;
    }
  | { readonly kind: 'unchanged'; readonly order: Order; readonly event: OrderEvent; readonly duplicate: boolean }
  | { readonly kind: 'refused'; readonly error: StoreError; readonly version?: number; readonly event?: OrderEvent }
  | { readonly kind: 'conflict' };

/** How the attempt reads and writes; the testing switches exist only for the negative controls. */
export type AttemptSettings = {
  /** Hold the row (`FOR UPDATE`): used when a claimed deadline is ticked. */
  readonly lock: boolean;
  readonly updateSql: string;
  /** Appended to the effects' INSERT: empty, except in a negative control. */
  readonly insertEffectSuffix: string;
  readonly timings: { parseMs: number; applyEventMs: number };
};

export const DEFAULT_SETTINGS = { updateSql: UPDATE_ORDER, insertEffectSuffix: '' } as const;

type OrderRow = { version: number; data: unknown };

export async function attemptChange(
  tx: Queryable,
  orderId: string,
  decide: Decide,
  at: string,
  settings: AttemptSettings,
): Promise<Attempt> {
  const { rows } = await tx.query<OrderRow>(settings.lock ? SELECT_ORDER_FOR_UPDATE : SELECT_ORDER, [orderId]);
  const row = rows[0];
  if (row === undefined)
    return { kind: 'refused', error: storeError('ORDER_NOT_FOUND', `No order has the id "${orderId}".`, { orderId }) };

  const parseStart = performance.now();
  const read = readOrder(row.data);
  settings.timings.parseMs += performance.now() - parseStart;
  if (!read.ok) return { kind: 'refused', error: read.error, version: row.version };
  const order = read.order;

  const event = decide(order, at);
  if (event === undefined || event === null) {
    return {
      kind: 'refused',
      error: storeError('NO_EVENT', `Nothing was decided for order "${orderId}" at version ${order.version}.`),
      version: order.version,
    };
  }

  const applyStart = performance.now();
  const result = applyEvent(order, event);
  const next = result.ok ? nextDeadline(result.order) : null;
  settings.timings.applyEventMs += performance.now() - applyStart;

  if (!result.ok) return { kind: 'refused', error: result.error, version: order.version, event };
  if (result.duplicate === true || result.order.version === order.version) {
    return { kind: 'unchanged', order: result.order, event, duplicate: result.duplicate === true };
  }

  const written = result.order;
  const update = await tx.query(settings.updateSql, [
    orderId,
    order.version,
    written.version,
    written.schemaVersion,
    written.status,
    next?.at ?? null,
    next?.kind ?? null,
    JSON.stringify(written),
    at,
  ]);
  if (update.rowCount === 0) return { kind: 'conflict' };
  await recordEffects(tx, result.effects, at, settings.insertEffectSuffix);
  return { kind: 'written', order: written, effects: result.effects, event, version: order.version };
}

/** Inserts a change's effects in one statement (none: no statement). */
export async function recordEffects(tx: Queryable, effects: readonly Effect[], at: string, suffix = ''): Promise<void> {
  if (effects.length === 0) return;
  const params = effects.flatMap((effect) => [
    effect.orderId,
    effect.version,
    effect.index,
    effect.idempotencyKey,
    effect.type,
    JSON.stringify(effect),
    at,
  ]);
  await tx.query(`${insertEffects(effects.length)}${suffix}`, params);
}
