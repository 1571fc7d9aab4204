import { isFinalStatus } from '../model/isFinalStatus';
import type { DeadlineKind, Order } from '../model/types';
import { addDuration, instantAfter, toDurationParts } from '../time';

/**
 * The instant a deadline of `kind` falls due, or null when it is not pending: it does not apply
 * in this status, or it has fired (late mark set, overdue notice sent). Nothing runs while an
 * order is disputed or final (SPEC §6).
 */
export function deadlineOf(order: Order, kind: DeadlineKind): string | null {
  switch (kind) {
    case 'acceptance':
      // Only an order whose policy has an acceptance step is ever pending (SPEC §9).
      return order.status === 'pending' ? instantAfter(order.placedAt, order.policy.acceptanceWindow!) : null;
    case 'delivery':
      return order.status === 'inProgress' && order.lateSince === null ? order.deliveryDeadline : null;
    case 'review':
      return order.status === 'delivered' ? order.reviewDeadline : null;
    case 'cancellationResponse':
      return isRunning(order) ? (order.requests.cancellation?.deadline ?? null) : null;
    case 'extensionResponse':
      return isRunning(order) ? (order.requests.extension?.deadline ?? null) : null;
    case 'revisionResponse':
      // Stryker disable next-line ConditionalExpression: a revisionRequested order always holds its request.
      return order.status === 'revisionRequested' && order.revisionRequest !== null && !order.revisionRequest.overdue
        ? order.revisionRequest.deadline
        : null;
    case 'expiry':
      return isRunning(order) ? order.expiresAt : null;
  }
}

/**
 * `deadlineOf` as epoch milliseconds, for comparing: the acceptance deadline is counted from
 * `placedAt` without being written out as an instant, since every event on a pending order asks.
 */
export function deadlineMsOf(order: Order, kind: DeadlineKind): number | null {
  // Stryker disable next-line ConditionalExpression,StringLiteral: the shortcut's instant is the one deadlineOf writes.
  if (kind === 'acceptance')
    return order.status === 'pending'
      ? addDuration(Date.parse(order.placedAt), toDurationParts(order.policy.acceptanceWindow!)!)
      : null;
  const at = deadlineOf(order, kind);
  // Stryker disable next-line ConditionalExpression: Date.parse(null) is NaN, and every comparison with NaN fails.
  return at === null ? null : Date.parse(at);
}

/** Deadlines run in every status but the disputed and final ones. */
export function isRunning(order: Order): boolean {
  return order.status !== 'disputed' && !isFinalStatus(order.status);
}
