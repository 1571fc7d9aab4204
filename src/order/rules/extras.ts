import { refuse, toRefusal, type Refusal } from '../../errors';
import { digitsOf } from '../../escrow/digitsOf';
import { quoteExtraFor } from '../../escrow/quoteExtra';
import { Dec } from '../../money';
import type { Order, OrderEvent, PaymentInput } from '../types';
import { isItemIdUsed, isPaymentIdUsed } from './ids';

type Of<T extends OrderEvent['type']> = Extract<OrderEvent, { type: T }>;

/** `option.add`: a new option id, a new payment id, and a payment equal to the extra's quote. */
export function refuseOptionAdd(order: Order, event: Of<'option.add'>): Refusal | undefined {
  if (isItemIdUsed(order, event.option.id)) {
    return refuse('CONFLICT', `The id "${event.option.id}" is already used in this order; give the option a new id.`, { rule: 'option.idUsed' });
  }
  return refusePayment(order, event.payment, event.option.price);
}

/** `offer.propose`: the offer id must be new within the order. */
export function refuseOfferPropose(order: Order, event: Of<'offer.propose'>): Refusal | undefined {
  if (isItemIdUsed(order, event.offer.id)) {
    return refuse('CONFLICT', `The id "${event.offer.id}" is already used in this order; give the offer a new id.`, { rule: 'offer.idUsed' });
  }
  return undefined;
}

/** `offer.accept`: the offer must be pending, and its payment new and equal to its quote. */
export function refuseOfferAccept(order: Order, event: Of<'offer.accept'>): Refusal | undefined {
  const offer = pendingOffer(order, event.offerId);
  if (offer === undefined) return offerNotPending(event.offerId);
  return refusePayment(order, event.payment, offer.price);
}

/** `offer.decline` and `offer.withdraw`: the offer must be pending. */
export function refuseOfferAnswer(order: Order, event: Of<'offer.decline' | 'offer.withdraw'>): Refusal | undefined {
  return pendingOffer(order, event.offerId) === undefined ? offerNotPending(event.offerId) : undefined;
}

/** Availability of the offer answers: some offer must be pending. */
export function refuseNoPendingOffer(order: Order): Refusal | undefined {
  return order.offers.some((offer) => offer.status === 'pending')
    ? undefined
    : refuse('NOT_ALLOWED', 'There is no pending custom offer on this order.', { rule: 'offer.nonePending' });
}

export function pendingOffer(order: Order, offerId: string) {
  return order.offers.find((offer) => offer.id === offerId && offer.status === 'pending');
}

function offerNotPending(offerId: string): Refusal {
  return refuse('NOT_ALLOWED', `There is no pending custom offer "${offerId}" on this order; it may have been declined, withdrawn or accepted.`, {
    rule: 'offer.notPending',
  });
}

function refusePayment(order: Order, payment: PaymentInput, price: string): Refusal | undefined {
  if (isPaymentIdUsed(order, payment.id)) {
    return refuse('CONFLICT', `The payment id "${payment.id}" already funded this order; each payment needs a new id.`, { rule: 'payment.idUsed' });
  }
  let total: string;
  try {
    total = quoteExtraFor(order, digitsOf(order.currency), new Dec(price)).total;
  } catch (error) {
    return toRefusal(error);
  }
  if (!new Dec(payment.amount).equals(total)) {
    return refuse('AMOUNT_MISMATCH', `The payment of ${payment.amount} ${order.currency} does not match the ${total} ${order.currency} due (price plus buyer fee); charge quoteExtra(order, price).total.`, {
      rule: 'payment.amountMismatch',
      expected: total,
    });
  }
  return undefined;
}
