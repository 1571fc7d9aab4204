import type { Effect } from 'sequestre';
import type { Database } from './database/types';
import { addMs, toInstant } from './instant';
import { CLAIM_EFFECTS, MARK_EFFECT_DONE, RELEASE_EFFECTS } from './sql/outbox';

/**
 * Carries out one effect. Pass `delivery.idempotencyKey` to the payment provider (or use it as
 * the unique id of the accounting entry, the message…): a worker that crashed after the provider
 * call and before the effect was marked done hands the same effect, with the same key, to the
 * next worker. Throw to report a failure: the effect and the ones after it in the same order are
 * retried later, in order.
 */
export type EffectHandler = (
  effect: Effect,
  delivery: { readonly idempotencyKey: string; readonly attempt: number },
) => Promise<void>;

/** How a delivery run claims and retries. */
export type DeliveryOptions = {
  /** Orders whose pending effects one run claims (default 50). */
  readonly limit?: number;
  /** How long a claim holds before another worker may take it over (default 30 s). */
  readonly leaseMs?: number;
  /** How long a failed effect waits before it is retried (default 5 s). */
  readonly retryDelayMs?: number;
};

/** What one delivery run did. */
export type DeliveryRun = {
  readonly claimed: number;
  readonly delivered: number;
  /** Effects whose handler threw; retried after `retryDelayMs`. */
  readonly failed: readonly { readonly idempotencyKey: string; readonly message: string }[];
  /** Effects delivered after this worker's lease had run out and another worker took them over. */
  readonly lostClaims: number;
};

type ClaimedRow = {
  seq: string | number;
  order_id: string;
  version: number;
  effect_index: number;
  idempotency_key: string;
  effect: Effect;
  attempts: number;
};

/**
 * Claims a batch of pending effects and hands each to `handler`, in order within each order,
 * marking each done once the handler returned.
 *
 * Invariants:
 * - delivery is at least once: an effect is marked done only after its handler succeeded, so a
 *   crash re-delivers it (same key) once the lease runs out; money moves exactly once because the
 *   provider deduplicates by that key;
 * - within an order, effects are delivered in `(version, index)` order: a later one is never
 *   handed out while an earlier one is pending or claimed, and a failure stops its order's run;
 * - a claim is a lease (`claimed_until`), so a dead worker's effects are taken over, never lost.
 */
export async function deliverEffects(
  db: Database,
  clock: () => Date,
  handler: EffectHandler,
  options: Required<DeliveryOptions>,
): Promise<DeliveryRun> {
  const now = clock();
  const token = globalThis.crypto.randomUUID();
  const { rows } = await db.query<ClaimedRow>(CLAIM_EFFECTS, [
    toInstant(now),
    addMs(now, options.leaseMs),
    options.limit,
    token,
  ]);
  const byOrder = groupInOrder(rows);
  let delivered = 0;
  let lostClaims = 0;
  const failed: { idempotencyKey: string; message: string }[] = [];
  for (const [orderId, effects] of byOrder) {
    for (const row of effects) {
      try {
        await handler(row.effect, { idempotencyKey: row.idempotency_key, attempt: row.attempts });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failed.push({ idempotencyKey: row.idempotency_key, message });
        await db.query(RELEASE_EFFECTS, [
          orderId,
          token,
          addMs(clock(), options.retryDelayMs),
          row.idempotency_key,
          message,
        ]);
        break;
      }
      const marked = await db.query(MARK_EFFECT_DONE, [row.idempotency_key, token, toInstant(clock())]);
      if (marked.rowCount === 0) {
        // The lease ran out and another worker holds this order now: it delivers the rest.
        lostClaims += 1;
        break;
      }
      delivered += 1;
    }
  }
  return { claimed: rows.length, delivered, failed, lostClaims };
}

/**
 * Claimed rows grouped by order, oldest order first (by the first effect recorded), each group
 * sorted by the numbers (never by the key's text). RETURNING gives rows in no particular order.
 */
function groupInOrder(rows: readonly ClaimedRow[]): Map<string, ClaimedRow[]> {
  const sorted = [...rows].sort((a, b) => Number(a.seq) - Number(b.seq));
  const byOrder = new Map<string, ClaimedRow[]>();
  for (const row of sorted) {
    const group = byOrder.get(row.order_id);
    if (group === undefined) byOrder.set(row.order_id, [row]);
    else group.push(row);
  }
  for (const group of byOrder.values()) group.sort((a, b) => a.version - b.version || a.effect_index - b.effect_index);
  return byOrder;
}
