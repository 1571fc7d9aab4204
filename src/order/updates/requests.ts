import {
  cancellationAnswerDeadline,
  deliveryDeadlineOnExtension,
  extensionAnswerDeadline,
} from '../../deadlines/deadlinesSet';
import type { Offer, Order, Requests } from '../../model/types';
import { withFields } from '../../model/withFields';
import { toInstant } from '../../time';
import { actorOf, type MachineEvent, type OrderContext, patch } from './context';
import { withDeliveryDeadline } from './lifecycle';
import { refundPart } from './money';

type Of<T extends MachineEvent['type']> = Extract<MachineEvent, { type: T }>;
const withReason = <T extends object>(record: T, reason: string | undefined) =>
  reason === undefined ? record : withFields(record, { reason });
const setRequest = (order: Order, fields: Partial<Requests>) => ({ requests: { ...order.requests, ...fields } });

export function openCancellationRequest(context: OrderContext, event: Of<'cancellation.request'>): OrderContext {
  const { order } = context;
  const request = withReason(
    { by: actorOf(event), at: event.at, deadline: toInstant(cancellationAnswerDeadline(order, Date.parse(event.at))) },
    event.reason,
  );
  return patch(context, setRequest(order, { cancellation: request }));
}

/** Declining counts toward the automatic dispute when the buyer had asked (SPEC §5, ComeUp support-en 1465). */
export function declineCancellationRequest(context: OrderContext): OrderContext {
  const { order } = context;
  // Stryker disable next-line OptionalChaining: the machine declines only a pending request; the chain is a safety net.
  const byBuyer = order.requests.cancellation?.by.role === 'buyer';
  return patch(context, {
    ...setRequest(order, { cancellation: null }),
    declinedCancellations: order.declinedCancellations + (byBuyer ? 1 : 0),
  });
}

export function closeCancellationRequest(context: OrderContext): OrderContext {
  return patch(context, setRequest(context.order, { cancellation: null }));
}

export function openExtensionRequest(context: OrderContext, event: Of<'extension.request'>): OrderContext {
  const { order } = context;
  const request = withReason(
    { days: event.days, at: event.at, deadline: toInstant(extensionAnswerDeadline(order, Date.parse(event.at))) },
    event.reason,
  );
  return patch(context, setRequest(order, { extension: request }));
}

/** `extension.accept`: the deadline moves by the days asked; late mark cleared if it is now ahead. */
export function acceptExtension(context: OrderContext, event: MachineEvent): OrderContext {
  const { order } = context;
  const deadlineMs = deliveryDeadlineOnExtension(order, order.requests.extension!.days);
  return patch(context, {
    ...withDeliveryDeadline(deadlineMs, Date.parse(event.at)),
    ...setRequest(order, { extension: null }),
  });
}

export function closeExtensionRequest(context: OrderContext): OrderContext {
  return patch(context, setRequest(context.order, { extension: null }));
}

export function openRefundProposal(context: OrderContext, event: Of<'refund.propose'>): OrderContext {
  const proposal = withReason({ by: actorOf(event), amount: event.amount, at: event.at }, event.reason);
  return patch(context, setRequest(context.order, { refund: proposal }));
}

/** `refund.accept`: the proposed part of the items goes back to the buyer; the order goes on. */
export function acceptRefundProposal(context: OrderContext, event: MachineEvent): OrderContext {
  const refunded = refundPart(context, event, context.order.requests.refund!.amount);
  return patch(refunded, setRequest(refunded.order, { refund: null }));
}

export function closeRefundProposal(context: OrderContext): OrderContext {
  return patch(context, setRequest(context.order, { refund: null }));
}

/**
 * Ends every pending request with no effect (SPEC §3): a final status closes them, opening a
 * dispute withdraws them. Offers keep their record with the matching status.
 */
export function endRequests(
  context: OrderContext,
  offerStatus: Extract<Offer['status'], 'closed' | 'withdrawn'>,
): OrderContext {
  const { order } = context;
  return patch(context, {
    requests: { cancellation: null, extension: null, refund: null },
    offers: order.offers.map((offer) => (offer.status === 'pending' ? { ...offer, status: offerStatus } : offer)),
  });
}
