/**
 * sequestre-postgres: the durable order store for sequestre, on PostgreSQL (`pg`) or PGlite.
 *
 * It does the seam around the pure library right by construction: the order, its schedule
 * (`next_deadline_at`) and its effects commit together; writes carry a version check and retry on
 * a fresh read with a fresh instant; effects are delivered in order per order, at least once,
 * under their idempotency keys; due deadlines are claimed with `FOR UPDATE SKIP LOCKED`.
 *
 * @module sequestre-postgres
 */
export { createStore, type OrderStore, type RecordedEffect } from './createStore';
export { fromPGlite } from './database/fromPGlite';
export { fromPgPool } from './database/fromPgPool';
export type { DatabaseInput } from './database/toDatabase';
export type {
  Database,
  PGliteLike,
  PGliteTransactionLike,
  PgClientLike,
  PgPoolLike,
  Queryable,
  QueryResult,
  Row,
} from './database/types';
export type { Decide } from './decide';
export type { DeliveryOptions, DeliveryRun, EffectHandler } from './deliverEffects';
export type { ApplyMetrics, StoreOptions } from './options';
export {
  type ApplyResult,
  type CreateResult,
  type GetResult,
  STORE_ERROR_CODES,
  type StoreError,
  type StoreErrorCode,
} from './results';
export type { DeadlineRun } from './runDueDeadlines';
