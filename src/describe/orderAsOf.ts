import { dueDeadline } from '../deadlines';
import { applyDueDeadlines, historyOf, startRun } from '../engine/runMachine';
import type { Order } from '../model/types';

/**
 * The order as it stands at `atMs`, deadlines due by then applied, with their history entries:
 * what the host's next `clock.tick` would store, but the version, which only a stored change
 * bumps. The texts read the history to say how an order ended, so the entries of the deadlines
 * applied here must be there too. Only when a deadline is due is the machine run at all.
 */
export function orderAsOf(order: Order, atMs: number): Order {
  if (dueDeadline(order, atMs) === null) return order;
  const run = applyDueDeadlines(startRun(order), atMs);
  const current = run.snapshot.context.order;
  return { ...current, history: [...current.history, ...historyOf(run.taken, order.version + 1)] };
}
