import type { DatabaseInput } from './database/toDatabase';

/** Limits and defaults, named once. */
export const ATTEMPTS_MAX_DEFAULT = 5;
export const ATTEMPTS_MAX_LIMIT = 100;
export const DEADLINE_BATCH_DEFAULT = 100;
export const OUTBOX_BATCH_DEFAULT = 50;
export const OUTBOX_LEASE_MS_DEFAULT = 30_000;
export const OUTBOX_RETRY_DELAY_MS_DEFAULT = 5_000;

/** What one `apply` cost, for metrics: the library's share is `parseMs + applyEventMs`. */
export type ApplyMetrics = {
  readonly orderId: string;
  readonly attempts: number;
  readonly outcome: 'committed' | 'duplicate' | 'unchanged' | 'refused';
  /** Wall time of the whole call, reads, retries and commit included. */
  readonly totalMs: number;
  /** Time in `parseOrder` (every attempt). */
  readonly parseMs: number;
  /** Time in `applyEvent` and `nextDeadline` (every attempt). */
  readonly applyEventMs: number;
};

/** `createStore`'s options. */
export type StoreOptions = {
  /** A `pg` Pool or a PGlite instance. */
  readonly db: DatabaseInput;
  /**
   * The clock that stamps events, read once per attempt (default: the system clock). Inject one in
   * tests, and to run every process of a service on the same time source.
   */
  readonly clock?: () => Date;
  /** How many times `apply` reads and tries again after losing a race (default 5, at most 100). */
  readonly maxAttempts?: number;
  /** Called after every `apply` with its timings. Must not throw. */
  readonly onApply?: (metrics: ApplyMetrics) => void;
};
