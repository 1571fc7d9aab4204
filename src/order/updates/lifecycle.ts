import {
  deliveryDeadlineOnAccept,
  deliveryDeadlineOnRevision,
  deliveryDeadlineWithExtra,
  reviewDeadlineOnDelivery,
  reviewDeadlineOnRevisionDecline,
  revisionAnswerDeadline,
} from '../../deadlines/deadlinesSet';
import type { Order, OrderStatus } from '../../model/types';
import { withFields } from '../../model/withFields';
import { toInstant } from '../../time';
import { type MachineEvent, type OrderContext, patch } from './context';

/** Mirrors the machine's state in the stored order; run as each state's entry action. */
export function setStatus(context: OrderContext, status: OrderStatus): OrderContext {
  return context.order.status === status ? context : patch(context, { status });
}

/**
 * A new delivery deadline. Whenever it lies after the event's instant the late mark is cleared,
 * so a later lateness notifies again (SPEC §5 inProgress).
 */
export function withDeliveryDeadline(deadlineMs: number, atMs: number): Partial<Order> {
  return deadlineMs > atMs
    ? { deliveryDeadline: toInstant(deadlineMs), lateSince: null }
    : { deliveryDeadline: toInstant(deadlineMs) };
}

/** `order.accept`: the délai de réalisation runs from acceptance, plus options bought while pending. */
export function startWork(context: OrderContext, event: MachineEvent): OrderContext {
  return patch(context, {
    acceptedAt: event.at,
    deliveryDeadline: toInstant(deliveryDeadlineOnAccept(context.order, Date.parse(event.at))),
  });
}

/**
 * No acceptance step (SPEC §9): the order is accepted when placed, and the délai de réalisation
 * runs from `placedAt`. It reads no event: it runs as the machine starts, before any.
 */
export function startWorkOnPlacement(context: OrderContext): OrderContext {
  const { order } = context;
  return patch(context, {
    acceptedAt: order.placedAt,
    deliveryDeadline: toInstant(deliveryDeadlineOnAccept(order, Date.parse(order.placedAt))),
  });
}

/** `order.deliver`: the review window opens, a pending extension request closes, and the "declined since delivery" mark is cleared. */
export function recordDelivery(context: OrderContext, event: MachineEvent): OrderContext {
  const { order } = context;
  return patch(context, {
    deliveredAt: event.at,
    reviewDeadline: toInstant(reviewDeadlineOnDelivery(order, Date.parse(event.at))),
    revisions: { ...order.revisions, declinedSinceDelivery: false },
    requests: { ...order.requests, extension: null },
  });
}

/** `deadline.delivery`: the order stays in progress, marked late at the deadline's instant. */
export function markLate(context: OrderContext, event: MachineEvent): OrderContext {
  return patch(context, { lateSince: event.at });
}

/** Extra days of an option or offer bought in progress push the current deadline. */
export function pushDeliveryDeadline(context: OrderContext, event: MachineEvent, extraDays: number): OrderContext {
  const atMs = Date.parse(event.at);
  return patch(context, withDeliveryDeadline(deliveryDeadlineWithExtra(context.order, atMs, extraDays), atMs));
}

/** An extra bought after delivery reopens the work: deadline = max(deadline, at) + extraDays; the review stops. */
export function reopenDelivery(context: OrderContext, event: MachineEvent, extraDays: number): OrderContext {
  const atMs = Date.parse(event.at);
  return patch(context, {
    ...withDeliveryDeadline(deliveryDeadlineWithExtra(context.order, atMs, extraDays), atMs),
    reviewDeadline: null,
  });
}

/** `revision.request`: the seller has `revisionResponse` to answer; the review window stops. */
export function openRevisionRequest(
  context: OrderContext,
  event: Extract<MachineEvent, { type: 'revision.request' }>,
): OrderContext {
  const { order } = context;
  const request = {
    at: event.at,
    deadline: toInstant(revisionAnswerDeadline(order, Date.parse(event.at))),
    overdue: false,
  };
  return patch(context, {
    reviewDeadline: null,
    revisionRequest: event.message === undefined ? request : withFields(request, { message: event.message }),
  });
}

/** `revision.accept`: back to work with `revisionDays` from now; the revision counts. */
export function acceptRevision(context: OrderContext, event: MachineEvent): OrderContext {
  const { order } = context;
  const atMs = Date.parse(event.at);
  return patch(context, {
    ...withDeliveryDeadline(deliveryDeadlineOnRevision(order, atMs), atMs),
    revisions: { ...order.revisions, accepted: order.revisions.accepted + 1 },
    revisionRequest: null,
  });
}

/**
 * `revision.request` without an answer step (SPEC §9): an accepted revision at once, back to work
 * with `revisionDays` from now, counted toward `maxRevisions`; the review window stops.
 */
export function reopenForRevision(context: OrderContext, event: MachineEvent): OrderContext {
  const { order } = context;
  const atMs = Date.parse(event.at);
  return patch(context, {
    ...withDeliveryDeadline(deliveryDeadlineOnRevision(order, atMs), atMs),
    reviewDeadline: null,
    revisions: { ...order.revisions, accepted: order.revisions.accepted + 1 },
  });
}

/** `revision.decline`: the buyer gets a new review window; no further revision until the next delivery. */
export function declineRevision(context: OrderContext, event: MachineEvent): OrderContext {
  const { order } = context;
  return patch(context, {
    reviewDeadline: toInstant(reviewDeadlineOnRevisionDecline(order, Date.parse(event.at))),
    revisions: { ...order.revisions, declinedSinceDelivery: true },
    revisionRequest: null,
  });
}

/** `deadline.revisionResponse`: the status stays; the overdue notice is sent once. */
export function markRevisionOverdue(context: OrderContext): OrderContext {
  const request = context.order.revisionRequest!;
  return patch(context, { revisionRequest: { ...request, overdue: true } });
}

/** A final status ends the dispute and revision request records: nothing is open any more. */
export function clearOpenRecords(context: OrderContext): OrderContext {
  const { order } = context;
  return order.dispute === null && order.revisionRequest === null
    ? context
    : patch(context, { dispute: null, revisionRequest: null });
}
