import {
  amountLifetimeTooLarge,
  offerIdUsed,
  offerNonePending,
  offerNotPending,
  optionIdUsed,
  paymentAmountMismatch,
  paymentIdUsed,
  type Refusal,
  refuse,
} from '../../errors';
import { digitsOf } from '../../escrow/digitsOf';
import { extraPaymentFor } from '../../escrow/extraPaymentFor';
import { paidInWithExtra } from '../../escrow/paidInWithExtra';
import type { Order, OrderEvent, PaymentInput } from '../../model/types';
import { Dec, hasTooManyIntegerDigits, toAmount } from '../../money';
import { isItemIdUsed, isPaymentIdUsed } from './ids';

type Of<T extends OrderEvent['type']> = Extract<OrderEvent, { type: T }>;

/** `option.add`: a new option id, a new payment id, and a payment equal to the extra's quote. */
export function refuseOptionAdd(order: Order, event: Of<'option.add'>): Refusal | undefined {
  if (isItemIdUsed(order, event.option.id)) {
    return refuse('CONFLICT', optionIdUsed, {}, event.option.id);
  }
  return (
    refuseLifetimeTotal(order, event.option.price, 'option.price') ??
    refusePayment(order, event.payment, event.option.price)
  );
}

/** `offer.propose`: the offer id must be new within the order. */
export function refuseOfferPropose(order: Order, event: Of<'offer.propose'>): Refusal | undefined {
  if (isItemIdUsed(order, event.offer.id)) {
    return refuse('CONFLICT', offerIdUsed, {}, event.offer.id);
  }
  // What the buyer paid only grows, so a price that does not fit now never will.
  return refuseLifetimeTotal(order, event.offer.price, 'offer.price');
}

/** `offer.accept`: the offer must be pending, and its payment new and equal to its quote. */
export function refuseOfferAccept(order: Order, event: Of<'offer.accept'>): Refusal | undefined {
  const offer = pendingOffer(order, event.offerId);
  if (offer === undefined) return notPending(event.offerId);
  return refuseLifetimeTotal(order, offer.price, 'offerId') ?? refusePayment(order, event.payment, offer.price);
}

/** `offer.decline` and `offer.withdraw`: the offer must be pending. */
export function refuseOfferAnswer(order: Order, event: Of<'offer.decline' | 'offer.withdraw'>): Refusal | undefined {
  return pendingOffer(order, event.offerId) === undefined ? notPending(event.offerId) : undefined;
}

/**
 * Availability of `option.add` and `offer.propose`: the cheapest extra, one minor unit, must still
 * fit in what the buyer may pay over the order's life (SPEC §4). The refusal is the one
 * `applyEvent` gives that extra, at the price's `path` in the event.
 */
export function refuseNoRoomForExtra(order: Order, path: 'option.price' | 'offer.price'): Refusal | undefined {
  const digits = digitsOf(order.currency);
  return refuseLifetimeTotal(order, toAmount(new Dec(`1e-${digits}`), digits), path);
}

/** Availability of `offer.accept`: some pending offer must fit in what the buyer may pay over the order's life. */
export function refuseNoPendingOfferThatFits(order: Order): Refusal | undefined {
  let refusal = refuseNoPendingOffer(order);
  for (const offer of order.offers) {
    if (offer.status !== 'pending') continue;
    refusal = refuseLifetimeTotal(order, offer.price, 'offerId');
    if (refusal === undefined) return undefined;
  }
  return refusal;
}

/** Availability of the offer answers: some offer must be pending. */
export function refuseNoPendingOffer(order: Order): Refusal | undefined {
  return order.offers.some((offer) => offer.status === 'pending')
    ? undefined
    : refuse('NOT_ALLOWED', offerNonePending, {});
}

export function pendingOffer(order: Order, offerId: string) {
  return order.offers.find((offer) => offer.id === offerId && offer.status === 'pending');
}

function notPending(offerId: string): Refusal {
  return refuse('NOT_ALLOWED', offerNotPending, {}, offerId);
}

/**
 * SPEC §4: everything the buyer pays over the order's life fits in 15 integer digits, so every
 * payment, refund and balance of the order stays a valid amount.
 */
function refuseLifetimeTotal(order: Order, price: string, path: string): Refusal | undefined {
  // Stryker disable next-line ConditionalExpression: a shortcut; the exact sum below gives the same answer.
  if (isFarBelowLifetimeLimit(order, price)) return undefined;
  const total = paidInWithExtra(order, new Dec(price));
  if (!hasTooManyIntegerDigits(total)) return undefined;
  const digits = digitsOf(order.currency);
  return refuse('INVALID_INPUT', amountLifetimeTooLarge, { path }, price, toAmount(total, digits), order.currency);
}

/**
 * Whether every part of S + p + T + F(S + p) is below 10^13, so that the total cannot reach 10^15
 * whatever the rounding: with a fee rate of at most 1, F(S + p) ≤ S + p + fixed + half a minor
 * unit, and the sum stays below 6 × 10^13. Orders are almost always there; the exact sum in
 * Decimal is then not needed, which `availableActions` would otherwise pay on every dashboard row.
 */
export function isFarBelowLifetimeLimit(order: Order, price: string): boolean {
  const { escrow, fees } = order;
  return [escrow.subtotal, escrow.tip, fees.buyerFee.fixed, price].every((amount) => integerDigitsOf(amount) < 13);
}

/** How many digits the integer part of an amount string has ("1234.50" → 4). */
function integerDigitsOf(amount: string): number {
  const point = amount.indexOf('.');
  // Stryker disable next-line ConditionalExpression: counting the decimals too only sends more orders to the exact sum.
  return point === -1 ? amount.length : point;
}

function refusePayment(order: Order, payment: PaymentInput, price: string): Refusal | undefined {
  if (isPaymentIdUsed(order, payment.id)) {
    return refuse('CONFLICT', paymentIdUsed, {}, payment.id);
  }
  const total = toAmount(extraPaymentFor(order, new Dec(price)), digitsOf(order.currency));
  if (!new Dec(payment.amount).equals(total)) {
    return refuse(
      'AMOUNT_MISMATCH',
      paymentAmountMismatch,
      { expected: total },
      payment.amount,
      // Stryker disable next-line StringLiteral: the message tells only 'checkout' apart from the rest.
      'extra',
      order.currency,
    );
  }
  return undefined;
}
