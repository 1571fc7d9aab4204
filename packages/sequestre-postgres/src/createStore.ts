import type { Effect, OrderInput } from 'sequestre';
import { type ApplyContext, apply } from './apply';
import { create } from './create';
import { toDatabase } from './database/toDatabase';
import type { Database } from './database/types';
import type { Decide } from './decide';
import { type DeliveryOptions, type DeliveryRun, deliverEffects, type EffectHandler } from './deliverEffects';
import { toInstant } from './instant';
import { migrate } from './migrate';
import {
  ATTEMPTS_MAX_DEFAULT,
  ATTEMPTS_MAX_LIMIT,
  DEADLINE_BATCH_DEFAULT,
  OUTBOX_BATCH_DEFAULT,
  OUTBOX_LEASE_MS_DEFAULT,
  OUTBOX_RETRY_DELAY_MS_DEFAULT,
  type StoreOptions,
} from './options';
import { readOrder } from './readOrder';
import { type ApplyResult, type CreateResult, type GetResult, storeError } from './results';
import { type DeadlineRun, runDueDeadlines } from './runDueDeadlines';
import { SELECT_ORDER } from './sql/orders';
import { SELECT_ORDER_EFFECTS } from './sql/outbox';
import { type AttemptSettings, DEFAULT_SETTINGS } from './writeChange';

/** One recorded effect and where its delivery stands. */
export type RecordedEffect = {
  readonly effect: Effect;
  readonly done: boolean;
  readonly attempts: number;
  readonly lastError: string | null;
};

/** The durable order store (see `createStore`). */
export type OrderStore = {
  /** The database adapter in use. */
  readonly db: Database;
  /** Creates or upgrades the tables; safe from every worker at once. Returns the versions applied. */
  migrate(): Promise<number[]>;
  /** Opens an order from a paid checkout: order, schedule and effects in one transaction. */
  create(input: OrderInput): Promise<CreateResult>;
  /** Applies the event `decide` returns, with the version check and bounded retries. */
  apply(orderId: string, decide: Decide): Promise<ApplyResult>;
  /** Reads an order through `parseOrder`. */
  get(orderId: string): Promise<GetResult>;
  /** Ticks up to `limit` due orders (default 100) at `now` (default: the clock). */
  runDueDeadlines(now?: Date, limit?: number): Promise<DeadlineRun>;
  /** Claims pending effects and hands them to `handler`, in order per order. */
  deliverEffects(handler: EffectHandler, options?: DeliveryOptions): Promise<DeliveryRun>;
  /** Every effect recorded for an order, in order, with its delivery state. */
  effectsOf(orderId: string): Promise<RecordedEffect[]>;
};

/** Switches that only the negative controls and crash tests use (see `testing.ts`). */
export type StoreInternals = {
  readonly sql: Pick<AttemptSettings, 'updateSql' | 'insertEffectSuffix'>;
  readonly afterDeadlineClaim: ((orderIds: readonly string[]) => Promise<void> | void) | undefined;
};

/**
 * Creates the store over a `pg` Pool or a PGlite instance.
 *
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * const store = createStore({ db: new PGlite() });
 * await store.migrate();
 */
export function createStore(options: StoreOptions): OrderStore {
  return buildStore(options, { sql: DEFAULT_SETTINGS, afterDeadlineClaim: undefined });
}

export function buildStore(options: StoreOptions, internals: StoreInternals): OrderStore {
  const db = toDatabase(options.db);
  const clock = options.clock ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? ATTEMPTS_MAX_DEFAULT;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > ATTEMPTS_MAX_LIMIT) {
    throw new RangeError(
      `sequestre-postgres: maxAttempts must be an integer from 1 to ${ATTEMPTS_MAX_LIMIT}, got ${String(maxAttempts)}.`,
    );
  }
  const context: ApplyContext = { db, clock, maxAttempts, onApply: options.onApply, sql: internals.sql };
  return {
    db,
    migrate: () => migrate(db),
    create: (input) => create(db, input, toInstant(clock())),
    apply: (orderId, decide) => apply(context, orderId, decide),
    async get(orderId) {
      const { rows } = await db.query<{ data: unknown }>(SELECT_ORDER, [orderId]);
      const row = rows[0];
      if (row === undefined)
        return { ok: false, error: storeError('ORDER_NOT_FOUND', `No order has the id "${orderId}".`, { orderId }) };
      return readOrder(row.data);
    },
    runDueDeadlines: (now, limit = DEADLINE_BATCH_DEFAULT) =>
      runDueDeadlines(
        { db, sql: internals.sql, afterClaim: internals.afterDeadlineClaim },
        toInstant(now ?? clock()),
        limit,
      ),
    deliverEffects: (handler, delivery = {}) =>
      deliverEffects(db, clock, handler, {
        limit: delivery.limit ?? OUTBOX_BATCH_DEFAULT,
        leaseMs: delivery.leaseMs ?? OUTBOX_LEASE_MS_DEFAULT,
        retryDelayMs: delivery.retryDelayMs ?? OUTBOX_RETRY_DELAY_MS_DEFAULT,
      }),
    async effectsOf(orderId) {
      const { rows } = await db.query<{
        effect: Effect;
        done_at: unknown;
        attempts: number;
        last_error: string | null;
      }>(SELECT_ORDER_EFFECTS, [orderId]);
      return rows.map((row) => ({
        effect: row.effect,
        done: row.done_at !== null,
        attempts: row.attempts,
        lastError: row.last_error,
      }));
    },
  };
}
