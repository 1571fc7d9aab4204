import type { Database } from './database/types';
import type { Decide } from './decide';
import { toInstant } from './instant';
import type { ApplyMetrics } from './options';
import { type ApplyResult, storeError } from './results';
import { type Attempt, type AttemptSettings, attemptChange } from './writeChange';

/** What `apply` needs from the store it belongs to. */
export type ApplyContext = {
  readonly db: Database;
  readonly clock: () => Date;
  readonly maxAttempts: number;
  readonly onApply: ((metrics: ApplyMetrics) => void) | undefined;
  readonly sql: Pick<AttemptSettings, 'updateSql' | 'insertEffectSuffix'>;
};

/**
 * Applies one event to a stored order, under concurrency, with bounded retries.
 *
 * Each attempt is one transaction: read the row, stamp `at` from the clock (per attempt, so a
 * retry never carries an instant older than the change it lost to, which `applyEvent` would
 * refuse as `OUT_OF_ORDER`), let `decide` choose the event on that state, apply it, and write with
 * the version check. Losing the race writes nothing and starts again on a fresh read, after a
 * short random pause; after `maxAttempts` reads the answer is `RETRIES_EXHAUSTED`.
 *
 * Every expected outcome comes back as a result: committed, duplicate, unchanged, or a refusal.
 * Database errors are thrown (the write may or may not have committed; sending the same event
 * id again is safe either way).
 */
export async function apply(context: ApplyContext, orderId: string, decide: Decide): Promise<ApplyResult> {
  const start = performance.now();
  const timings = { parseMs: 0, applyEventMs: 0 };
  const settings: AttemptSettings = { lock: false, ...context.sql, timings };
  let attempts = 0;
  let attempt: Attempt = { kind: 'conflict' };
  while (attempts < context.maxAttempts) {
    attempts += 1;
    const at = toInstant(context.clock());
    attempt = await context.db.transaction((tx) => attemptChange(tx, orderId, decide, at, settings));
    if (attempt.kind !== 'conflict') break;
    await pause(attempts);
  }
  const result = toResult(attempt, attempts, orderId);
  context.onApply?.({ orderId, attempts, outcome: outcomeOf(result), totalMs: performance.now() - start, ...timings });
  return result;
}

function toResult(attempt: Attempt, attempts: number, orderId: string): ApplyResult {
  switch (attempt.kind) {
    case 'written':
      return {
        ok: true,
        order: attempt.order,
        effects: attempt.effects,
        changed: true,
        event: attempt.event,
        attempts,
      };
    case 'unchanged':
      return attempt.duplicate
        ? {
            ok: true,
            order: attempt.order,
            effects: [],
            changed: false,
            duplicate: true,
            event: attempt.event,
            attempts,
          }
        : { ok: true, order: attempt.order, effects: [], changed: false, event: attempt.event, attempts };
    case 'refused':
      return {
        ok: false,
        error: attempt.error,
        attempts,
        ...(attempt.version === undefined ? {} : { version: attempt.version }),
        ...(attempt.event === undefined ? {} : { event: attempt.event }),
      };
    case 'conflict':
      return {
        ok: false,
        error: storeError(
          'RETRIES_EXHAUSTED',
          `Order "${orderId}" changed under every one of ${attempts} attempts; nothing was written. Send the same event again.`,
          {
            attempts,
          },
        ),
        attempts,
      };
  }
}

function outcomeOf(result: ApplyResult): ApplyMetrics['outcome'] {
  if (!result.ok) return 'refused';
  if (result.duplicate === true) return 'duplicate';
  return result.changed ? 'committed' : 'unchanged';
}

/**
 * A short random pause after a lost race (at most 2^attempt ms, capped at 50 ms), so that writers
 * that collided do not collide again in lockstep.
 */
function pause(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(50, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
