/**
 * Every statement on `sequestre_outbox`. Effects are ordered by numbers, `(version,
 * effect_index)` within an order, never by the text of their key: as text `o:10:0` sorts
 * before `o:9:0`.
 */

/** The columns of one effect row, in the order `insertEffects` binds them. */
export const EFFECT_COLUMNS = 7;

/**
 * The effects of one change, recorded in the transaction that decided them, in one statement
 * (`count` rows of EFFECT_COLUMNS parameters each). A plain INSERT on purpose: an effect under a
 * key already taken is a lost or duplicated change, and it must fail the whole transaction (never
 * `ON CONFLICT DO NOTHING`, which would commit the order and drop the effect).
 */
export function insertEffects(count: number): string {
  const rows = Array.from({ length: count }, (_, row) => {
    const p = (column: number) => `$${row * EFFECT_COLUMNS + column}`;
    return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}::jsonb, ${p(7)})`;
  });
  return `INSERT INTO sequestre_outbox (order_id, version, effect_index, idempotency_key, type, effect, created_at) VALUES ${rows.join(', ')}`;
}

/**
 * Claims the pending effects of up to $3 orders, for one worker, until $2.
 *
 * An order is eligible when its earliest pending effect (its head) is free: never claimed, or its
 * lease has run out ($1 = now). Locking the heads with `SKIP LOCKED` lets many workers claim at
 * once without waiting on each other or taking the same order. Every pending effect of an
 * eligible order is claimed with its head, so that one worker carries out one order's effects in
 * order; an effect recorded later waits behind them (it is not a head while they are pending).
 */
export const CLAIM_EFFECTS = `
WITH heads AS (
  SELECT head.order_id
  FROM sequestre_outbox AS head
  WHERE head.done_at IS NULL
    AND (head.claimed_until IS NULL OR head.claimed_until <= $1)
    AND NOT EXISTS (
      SELECT 1 FROM sequestre_outbox AS earlier
      WHERE earlier.order_id = head.order_id
        AND earlier.done_at IS NULL
        AND (earlier.version, earlier.effect_index) < (head.version, head.effect_index)
    )
  ORDER BY head.seq
  LIMIT $3
  FOR UPDATE OF head SKIP LOCKED
)
UPDATE sequestre_outbox AS effect
SET claim_token = $4, claimed_until = $2, attempts = effect.attempts + 1
FROM heads
WHERE effect.order_id = heads.order_id AND effect.done_at IS NULL
RETURNING effect.seq, effect.order_id, effect.version, effect.effect_index, effect.idempotency_key, effect.effect, effect.attempts`;

/** Marks one effect done, only if this worker's claim still holds it. */
export const MARK_EFFECT_DONE = `
UPDATE sequestre_outbox SET done_at = $3, claimed_until = NULL
WHERE idempotency_key = $1 AND claim_token = $2 AND done_at IS NULL`;

/** Gives back what is left of an order's claim after a handler failed: retried from $3 on. */
export const RELEASE_EFFECTS = `
UPDATE sequestre_outbox SET claimed_until = $3, last_error = CASE WHEN idempotency_key = $4 THEN $5 ELSE last_error END
WHERE order_id = $1 AND claim_token = $2 AND done_at IS NULL`;

/** An order's effects, in order, for inspection and reconciliation. */
export const SELECT_ORDER_EFFECTS = `
SELECT version, effect_index, idempotency_key, effect, attempts, done_at, last_error
FROM sequestre_outbox WHERE order_id = $1
ORDER BY version, effect_index`;
