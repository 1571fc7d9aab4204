/**
 * Every statement on `sequestre_orders`. The order JSON goes in as text cast to jsonb (so that no
 * driver turns an array into a PostgreSQL array) and comes back out through `parseOrder`.
 */

/** Columns of a new order, $1–$11. A taken id inserts nothing; the caller then reads who owns it. */
export const INSERT_ORDER = `
INSERT INTO sequestre_orders
  (id, version, schema_version, status, buyer_id, seller_id, checkout_payment_id,
   next_deadline_at, next_deadline_kind, data, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $11)
ON CONFLICT (id) DO NOTHING`;

export const SELECT_ORDER = 'SELECT version, checkout_payment_id, data FROM sequestre_orders WHERE id = $1';

/** The same read, holding the row until the transaction ends (a claimed deadline). */
export const SELECT_ORDER_FOR_UPDATE = `${SELECT_ORDER} FOR UPDATE`;

/**
 * The optimistic write: it changes the row only if nobody wrote it since it was read
 * ($2 = the version read). Zero rows updated means a conflict, and the caller starts again.
 */
export const UPDATE_ORDER = `
UPDATE sequestre_orders
SET version = $3, schema_version = $4, status = $5, next_deadline_at = $6, next_deadline_kind = $7,
    data = $8::jsonb, updated_at = $9
WHERE id = $1 AND version = $2`;

/** Due orders, earliest first, skipping the ones another worker holds. Held until the commit. */
export const CLAIM_DUE_ORDERS = `
SELECT id FROM sequestre_orders
WHERE next_deadline_at <= $1
ORDER BY next_deadline_at, id
LIMIT $2
FOR UPDATE SKIP LOCKED`;
