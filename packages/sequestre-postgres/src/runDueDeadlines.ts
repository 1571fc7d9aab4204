import type { OrderEvent } from 'sequestre';
import type { Database } from './database/types';
import type { Decide } from './decide';
import type { StoreError } from './results';
import { CLAIM_DUE_ORDERS } from './sql/orders';
import { type AttemptSettings, attemptChange } from './writeChange';

/** What one deadline run did. */
export type DeadlineRun = {
  /** Due orders this run held and ticked. */
  readonly claimed: number;
  /** Ticks that applied at least one deadline (each committed with its effects). */
  readonly changed: number;
  /** Ticks that found nothing to apply. */
  readonly unchanged: number;
  /** Orders the tick could not use (a stored order `parseOrder` refuses): fix them by hand. */
  readonly failures: readonly { readonly orderId: string; readonly error: StoreError }[];
};

/** The knock on the door: the scheduler's event, stamped with the run's instant. */
const tick: Decide = (_order, at): OrderEvent => ({ type: 'clock.tick', at, by: { role: 'system' } });

/** What a deadline run needs; `afterClaim` exists for crash-injection tests only. */
export type DeadlineContext = {
  readonly db: Database;
  readonly sql: Pick<AttemptSettings, 'updateSql' | 'insertEffectSuffix'>;
  readonly afterClaim: ((orderIds: readonly string[]) => Promise<void> | void) | undefined;
};

/**
 * Ticks the orders whose `next_deadline_at` has come, at most `limit` of them, in one
 * transaction. The orders table is the schedule: `next_deadline_at` was written with each order,
 * so no deadline can be lost between a commit and a scheduler.
 *
 * The due rows are held with `FOR UPDATE SKIP LOCKED`: workers running at once take different
 * orders, and a party writing one of them meanwhile waits, then retries on the ticked order.
 * Each tick goes through the same path as `apply` (read, `applyEvent`, versioned write, outbox).
 * A worker that dies after claiming and before committing releases its rows with its connection,
 * and the next run ticks them: nothing is applied twice, nothing is skipped.
 */
export async function runDueDeadlines(context: DeadlineContext, at: string, limit: number): Promise<DeadlineRun> {
  return context.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(CLAIM_DUE_ORDERS, [at, limit]);
    const orderIds = rows.map((row) => row.id);
    await context.afterClaim?.(orderIds);
    const settings: AttemptSettings = { lock: true, ...context.sql, timings: { parseMs: 0, applyEventMs: 0 } };
    let changed = 0;
    let unchanged = 0;
    const failures: { orderId: string; error: StoreError }[] = [];
    for (const orderId of orderIds) {
      const attempt = await attemptChange(tx, orderId, tick, at, settings);
      if (attempt.kind === 'written') changed += 1;
      else if (attempt.kind === 'unchanged') unchanged += 1;
      else if (attempt.kind === 'refused') failures.push({ orderId, error: attempt.error });
      // A conflict is impossible here: the row is held FOR UPDATE since the claim.
      else throw new Error(`[sequestre-postgres] order "${orderId}" changed while its claim was held`);
    }
    return { claimed: orderIds.length, changed, unchanged, failures };
  });
}
