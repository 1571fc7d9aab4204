import type { DeadlineKind, Order } from '../model/types';
import { DEADLINE_KINDS } from './deadlineKinds';
import { deadlineMsOf, deadlineOf } from './deadlineOf';

/** A pending deadline: when, and what fires then. */
export type PendingDeadline = { readonly at: string; readonly kind: DeadlineKind };

/**
 * The earliest pending deadline, ties broken in SPEC §6's order; null for final and disputed
 * orders. A host schedules one `clock.tick` at `at`; early or repeated ticks are harmless.
 */
export function earliestDeadline(order: Order): PendingDeadline | null {
  const next = earliestKind(order);
  return next === null ? null : { at: deadlineOf(order, next.kind)!, kind: next.kind };
}

/** The earliest pending deadline if it is reached at `atMs` (a deadline at D is reached at any t ≥ D). */
export function dueDeadline(order: Order, atMs: number): PendingDeadline | null {
  const next = earliestKind(order);
  return next !== null && next.ms <= atMs ? { at: deadlineOf(order, next.kind)!, kind: next.kind } : null;
}

/**
 * Which kind falls due first, compared in milliseconds; only the winner is then written out as
 * an instant, since most calls (every event, every dashboard row) find nothing due.
 */
function earliestKind(order: Order): { readonly kind: DeadlineKind; readonly ms: number } | null {
  let next: DeadlineKind | null = null;
  let nextMs = Infinity;
  for (const kind of DEADLINE_KINDS) {
    const ms = deadlineMsOf(order, kind);
    // Strictly earlier only: an equal instant keeps the kind that comes first in DEADLINE_KINDS.
    if (ms !== null && ms < nextMs) {
      next = kind;
      nextMs = ms;
    }
  }
  return next === null ? null : { kind: next, ms: nextMs };
}
