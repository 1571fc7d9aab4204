import { shiftDeadlines } from '../../deadlines';
import {
  cancellationAnswerDeadline,
  deliveryDeadlineOnAccept,
  deliveryDeadlineOnExtension,
  deliveryDeadlineOnRevision,
  deliveryDeadlineWithExtra,
  extensionAnswerDeadline,
  reviewDeadlineOnDelivery,
  reviewDeadlineOnRevisionDecline,
  revisionAnswerDeadline,
} from '../../deadlines/deadlinesSet';
import { DAYS_MAX, DURATION_DAYS_MAX, INSTANT_MS_MAX, type Refusal, refuse, timeAfterYear9999 } from '../../errors';
import type { Order, OrderEventType } from '../../model/types';
import { daysToMs, toInstant } from '../../time';
import type { Attempt } from './context';
import { withRevisionAnswerStep } from './revision';

/**
 * SPEC §3 `time.afterYear9999`, as `availableActions` sees it: an action is offered only if some
 * payload keeps every deadline it sets within the four-digit years. `applyEvent` checks the
 * order it computed instead (exact for any payload); both read the deadlines from
 * `deadlinesSet.ts`, so they agree. Only the types below set a deadline from the event's instant
 * or move one; every other type writes no instant later than its own `at`.
 */

/** A deadline an event would write: the order field, and the instant in epoch milliseconds. */
type Write = readonly [path: string, ms: number];

/** What the least payload of each type would write (no extra days, the offer with fewest days). */
const LEAST_WRITES: Partial<Record<OrderEventType, (attempt: Attempt) => readonly Write[]>> = {
  'order.accept': ({ order, atMs }) => [['deliveryDeadline', deliveryDeadlineOnAccept(order, atMs)]],
  'order.deliver': ({ order, atMs }) => [['reviewDeadline', reviewDeadlineOnDelivery(order, atMs)]],
  'revision.request': ({ order, atMs }) =>
    withRevisionAnswerStep(order)
      ? [['revisionRequest.deadline', revisionAnswerDeadline(order, atMs)]]
      : [['deliveryDeadline', deliveryDeadlineOnRevision(order, atMs)]],
  'revision.accept': ({ order, atMs }) => [['deliveryDeadline', deliveryDeadlineOnRevision(order, atMs)]],
  'revision.decline': ({ order, atMs }) => [['reviewDeadline', reviewDeadlineOnRevisionDecline(order, atMs)]],
  'cancellation.request': ({ order, atMs }) => [
    ['requests.cancellation.deadline', cancellationAnswerDeadline(order, atMs)],
  ],
  'extension.request': ({ order, atMs }) => [['requests.extension.deadline', extensionAnswerDeadline(order, atMs)]],
  'extension.accept': ({ order }) => [
    ['deliveryDeadline', deliveryDeadlineOnExtension(order, order.requests.extension!.days)],
  ],
  'offer.accept': ({ order, atMs }) => [
    ['deliveryDeadline', deliveryDeadlineWithExtra(order, atMs, fewestPendingOfferDays(order))],
  ],
  'dispute.withdraw': ({ order, atMs }) => shiftedDeadlines(order, atMs),
};

/**
 * The `time.afterYear9999` refusal of the least payload of `type`, for `availableActions`. Call it only
 * once the state's own rules let the type through, so that the requests and offers it reads exist.
 */
export function refuseLeastAfterYear9999(type: OrderEventType, attempt: Attempt): Refusal | undefined {
  const writes = LEAST_WRITES[type];
  if (writes === undefined) return undefined;
  for (const [path, ms] of writes(attempt)) {
    if (ms > INSTANT_MS_MAX) {
      return refuse('INVALID_INPUT', timeAfterYear9999, { path }, { set: toInstant(ms) });
    }
  }
  return undefined;
}

/**
 * Whether any action could write a deadline past year 9999 at `atMs`: the latest base a deadline
 * is counted from (the event's instant or a stored deadline, moved by the time spent disputed),
 * plus the longest any transition adds (a policy duration, or the delivery and extra days at
 * acceptance). Far from the end, which is every real order, `availableActions` skips the check.
 */
export function isNearYear9999(order: Order, atMs: number): boolean {
  let base = atMs;
  for (const at of [order.deliveryDeadline, order.reviewDeadline, order.expiresAt, order.revisionRequest?.deadline]) {
    if (typeof at === 'string') base = Math.max(base, Date.parse(at));
  }
  const disputedMs = order.dispute === null ? 0 : Math.max(0, atMs - Date.parse(order.dispute.openedAt));
  const longest = Math.max(daysToMs(DURATION_DAYS_MAX), daysToMs(DAYS_MAX * (1 + order.extras.length)));
  return base + disputedMs + longest > INSTANT_MS_MAX;
}

function fewestPendingOfferDays(order: Order): number {
  let days = Infinity;
  for (const offer of order.offers) if (offer.status === 'pending') days = Math.min(days, offer.extraDays);
  return days;
}

/** The deadlines `dispute.withdraw` moves by the time spent disputed (SPEC §5 disputed). */
function shiftedDeadlines(order: Order, atMs: number): Write[] {
  const dispute = order.dispute!;
  const shifted = shiftDeadlines(order, dispute.from, atMs - Date.parse(dispute.openedAt));
  // Stryker disable next-line all: an extra element would hold no number, and NaN never passes the end.
  const writes: Write[] = [];
  for (const [path, at] of [
    ['deliveryDeadline', shifted.deliveryDeadline],
    ['reviewDeadline', shifted.reviewDeadline],
    ['revisionRequest.deadline', shifted.revisionRequest?.deadline],
    ['expiresAt', shifted.expiresAt],
  ] as const) {
    // Stryker disable next-line ConditionalExpression: Date.parse(undefined) is NaN, which never passes the end.
    if (typeof at === 'string') writes.push([path, Date.parse(at)]);
  }
  return writes;
}
