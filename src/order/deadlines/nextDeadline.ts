import type { DeadlineKind, Order } from '../types';
import { DEADLINE_KINDS } from './deadlineKinds';
import { deadlineOf } from './deadlineOf';

/** A pending deadline: when, and what fires then. */
export type PendingDeadline = { readonly at: string; readonly kind: DeadlineKind };

/**
 * The earliest pending deadline, ties broken in SPEC §6's order; null for final and disputed
 * orders. A host schedules one `clock.tick` at `at`; early or repeated ticks are harmless.
 */
export function earliestDeadline(order: Order): PendingDeadline | null {
  let next: PendingDeadline | null = null;
  let nextMs = Infinity;
  for (const kind of DEADLINE_KINDS) {
    const at = deadlineOf(order, kind);
    if (at === null) continue;
    const ms = Date.parse(at);
    // Strictly earlier only: an equal instant keeps the kind that comes first in DEADLINE_KINDS.
    if (ms < nextMs) {
      next = { at, kind };
      nextMs = ms;
    }
  }
  return next;
}

/** The earliest pending deadline if it is reached at `atMs` (a deadline at D is reached at any t ≥ D). */
export function dueDeadline(order: Order, atMs: number): PendingDeadline | null {
  const next = earliestDeadline(order);
  return next !== null && Date.parse(next.at) <= atMs ? next : null;
}
