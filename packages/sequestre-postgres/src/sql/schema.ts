/**
 * The store's tables, as numbered migrations. `migrate()` applies the ones a database lacks, in
 * order, each in its own transaction, under an advisory lock so that several workers starting at
 * once do not race.
 *
 * Invariants the schema holds by itself, whatever the code does:
 * - an order row's `version` is the stored order's `version` (the concurrency token);
 * - an outbox row is identified by its numbers `(order_id, version, effect_index)`, and its
 *   `idempotency_key` is unique: two different effects can never be recorded under one key, and
 *   recording the same effect twice fails the transaction instead of vanishing;
 * - `next_deadline_at` is the schedule: it is written with the order, in the same statement.
 */

/** The advisory lock key that serialises migrations (a fixed bigint, passed as text for every driver). */
export const MIGRATION_LOCK_KEY = '7306066912386318949';

/**
 * Each migration: a number, a name and its statements, one per string (PGlite's extended protocol
 * runs one statement per query). Append only; never edit a shipped one.
 */
export const MIGRATIONS: readonly {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}[] = [
  {
    version: 1,
    name: 'orders, outbox',
    statements: [
      `
CREATE TABLE sequestre_orders (
  id                  text PRIMARY KEY,
  version             integer NOT NULL CHECK (version >= 1),
  schema_version      integer NOT NULL,
  status              text NOT NULL,
  buyer_id            text NOT NULL,
  seller_id           text NOT NULL,
  checkout_payment_id text NOT NULL,
  next_deadline_at    timestamptz,
  next_deadline_kind  text,
  data                jsonb NOT NULL,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL
)`,
      `
CREATE INDEX sequestre_orders_due ON sequestre_orders (next_deadline_at) WHERE next_deadline_at IS NOT NULL`,
      `
CREATE INDEX sequestre_orders_buyer ON sequestre_orders (buyer_id)`,
      `
CREATE INDEX sequestre_orders_seller ON sequestre_orders (seller_id)`,
      `
CREATE TABLE sequestre_outbox (
  seq             bigint GENERATED ALWAYS AS IDENTITY,
  order_id        text NOT NULL REFERENCES sequestre_orders (id),
  version         integer NOT NULL,
  effect_index    integer NOT NULL,
  idempotency_key text NOT NULL UNIQUE,
  type            text NOT NULL,
  effect          jsonb NOT NULL,
  created_at      timestamptz NOT NULL,
  attempts        integer NOT NULL DEFAULT 0,
  claim_token     text,
  claimed_until   timestamptz,
  last_error      text,
  done_at         timestamptz,
  PRIMARY KEY (order_id, version, effect_index)
)`,
      `
CREATE INDEX sequestre_outbox_pending ON sequestre_outbox (order_id, version, effect_index) WHERE done_at IS NULL`,
      `
CREATE INDEX sequestre_outbox_pending_seq ON sequestre_outbox (seq) WHERE done_at IS NULL`,
    ],
  },
];

export const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS sequestre_migrations (
  version    integer PRIMARY KEY,
  name       text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export const LOCK_MIGRATIONS = 'SELECT pg_advisory_xact_lock($1)';
export const SELECT_APPLIED_MIGRATIONS = 'SELECT version FROM sequestre_migrations';
export const RECORD_MIGRATION = 'INSERT INTO sequestre_migrations (version, name) VALUES ($1, $2)';
