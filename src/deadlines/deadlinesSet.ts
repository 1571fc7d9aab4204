import type { Order } from '../model/types';
import { addDuration, type Duration, daysToMs, toDurationParts } from '../time';

/**
 * The deadlines the transitions set, as epoch milliseconds (SPEC §5, §6). The updates that write
 * them and the availability check that they keep a four-digit year (SPEC §3) both compute them
 * here, so the two can never disagree about a deadline.
 */

/** An instant plus a policy duration, which the order's check has already read. */
const after = (atMs: number, duration: Duration): number => addDuration(atMs, toDurationParts(duration)!);

/** `order.accept`: the délai de réalisation runs from acceptance, plus options bought while pending. */
export function deliveryDeadlineOnAccept(order: Order, atMs: number): number {
  let days = order.deliveryDays;
  for (const extra of order.extras) days += extra.extraDays;
  return atMs + daysToMs(days);
}

/** `order.deliver`: the buyer reviews within the review window. */
export function reviewDeadlineOnDelivery(order: Order, atMs: number): number {
  return after(atMs, order.policy.reviewWindow);
}

/** `revision.decline`: a new review window opens. */
export function reviewDeadlineOnRevisionDecline(order: Order, atMs: number): number {
  return after(atMs, order.policy.reviewWindowAfterRevisionDecline);
}

/** `revision.request`: the seller answers within the revision response window (the policy has one: only then is the request open). */
export function revisionAnswerDeadline(order: Order, atMs: number): number {
  return after(atMs, order.policy.revisionResponse!);
}

/** `revision.accept`: work starts again with `revisionDays`. */
export function deliveryDeadlineOnRevision(order: Order, atMs: number): number {
  return atMs + daysToMs(order.revisionDays);
}

/** `cancellation.request`: the other party answers within the cancellation response window. */
export function cancellationAnswerDeadline(order: Order, atMs: number): number {
  return after(atMs, order.policy.cancellationResponse);
}

/** `extension.request`: the buyer answers within the extension response window. */
export function extensionAnswerDeadline(order: Order, atMs: number): number {
  return after(atMs, order.policy.extensionResponse);
}

/** `extension.accept`: the delivery deadline moves by the days asked. */
export function deliveryDeadlineOnExtension(order: Order, days: number): number {
  return Date.parse(order.deliveryDeadline!) + daysToMs(days);
}

/**
 * An option bought or an offer accepted with `extraDays`: in progress the deadline moves by them;
 * after a delivery the work reopens at max(deadline, at) + extraDays (SPEC §5 delivered).
 */
export function deliveryDeadlineWithExtra(order: Order, atMs: number, extraDays: number): number {
  const deadlineMs = Date.parse(order.deliveryDeadline!);
  return (order.status === 'delivered' ? Math.max(deadlineMs, atMs) : deadlineMs) + daysToMs(extraDays);
}

/** `dispute.resolve` with `restart`: work starts again with `deliveryDays` from the decision. */
export function deliveryDeadlineOnRestart(atMs: number, deliveryDays: number): number {
  return atMs + daysToMs(deliveryDays);
}
