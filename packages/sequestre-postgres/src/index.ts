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
export type { Decide } from './decide';
export type { EffectHandler, DeliveryOptions, DeliveryRun } from './deliverEffects';
export type { DeadlineRun } from './runDueDeadlines';
export type { ApplyMetrics, StoreOptions } from './options';
export { STORE_ERROR_CODES, type StoreErrorCode, type StoreError, type ApplyResult, type CreateResult, type GetResult } from './results';
export { fromPgPool } from './database/fromPgPool';
export { fromPGlite } from './database/fromPGlite';
export type { Database, Queryable, QueryResult, Row, PgPoolLike, PgClientLike, PGliteLike, PGliteTransactionLike } from './database/types';
export type { DatabaseInput } from './database/toDatabase';
