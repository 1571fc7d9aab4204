import { getBalances } from '../api/getBalances';
import { quoteExtra } from '../api/quoteExtra';
import { SequestreError } from '../errors';
import { refundFull, refundPartial, release } from '../escrow';
import { digitsOf } from '../escrow/digitsOf';
import type { Amount, Movement } from '../model/escrow';
import type { Order } from '../model/types';
import { type Dec, toAmount, ZERO } from '../money';

/**
 * The money a text may name, read from the escrow's own operations on the order as it stands
 * (issue 13: a shown amount must be what really moves). Each runs the operation the transition
 * would run and reads its movements; nothing is re-derived here. The operations are pure, so
 * running one to read its answer changes nothing. Every order this is asked about runs (it holds
 * money), which each operation asserts.
 */

/** Where the operation's bookkeeping says it happened; the amounts do not depend on it. */
const STEP = { cause: 'describe', version: 0 } as const;

/** What the seller receives if the order completes now: the payout of SPEC §7.4's release. */
export function payoutOnCompletion(order: Order): Amount {
  return sumOf(release(order, { ...STEP, at: lastChangeOf(order) }).movements, 'payout', order);
}

/** What the platform keeps if the order completes now: commission, tip commission and the fee not refunded. */
export function revenueOnCompletion(order: Order): Amount {
  return sumOf(release(order, { ...STEP, at: lastChangeOf(order) }).movements, 'revenue', order);
}

/** What the buyer gets back if the order is cancelled now (SPEC §7.3 full refund, under `refundBuyerFee.onCancel`). */
export function refundOnCancellation(order: Order): Amount {
  const step = refundFull(order, {
    ...STEP,
    at: lastChangeOf(order),
    refundBuyerFee: order.policy.refundBuyerFee.onCancel,
  });
  return sumOf(step.movements, 'refund', order);
}

/** What a partial refund of `amount` of the items pays the buyer: R plus its share of the buyer fee (SPEC §7.3). */
export function refundOfPartial(order: Order, amount: Amount): Amount {
  const step = refundPartial(order, {
    ...STEP,
    at: lastChangeOf(order),
    amount,
    buyerFee: order.policy.refundBuyerFee.onPartialRefund,
  });
  return sumOf(step.movements, 'refund', order);
}

/**
 * What the buyer pays for an extra of this price: `quoteExtra(order, price).total`, buyer fee
 * included; `undefined` for a price whose total could not be written as an amount (such an offer
 * can never be accepted, SPEC §4).
 */
export function totalOfExtra(order: Order, price: Amount): Amount | undefined {
  try {
    return quoteExtra(order, price).total;
  } catch (error) {
    // Only the quote's own refusal is expected here; anything else is a bug and goes on up.
    if (error instanceof SequestreError) return undefined;
    throw error;
  }
}

/** What the escrow holds now. */
export function heldOf(order: Order): Amount {
  return getBalances(order).held;
}

/** What the closing change of a final order forfeited to the platform (ComeUp support-en 1481), zero otherwise. */
export function forfeitedOf(order: Order): Amount {
  let total = ZERO;
  for (const posting of order.escrow.ledger) if (posting.component === 'forfeited') total = total.plus(posting.amount);
  return toAmount(total, digitsOf(order.currency));
}

/** What the dispute's decision refunded the buyer: the refunds booked by `dispute.resolve`. */
export function refundedByDecision(order: Order): Amount {
  let total = ZERO;
  for (const posting of order.escrow.ledger)
    if (posting.to === 'buyer' && posting.cause === 'dispute.resolve') total = total.plus(posting.amount);
  return toAmount(total, digitsOf(order.currency));
}

/** Whether a decimal string is above zero: it has a non-zero digit (no float needed). */
export function isPositive(amount: Amount): boolean {
  return /[1-9]/.test(amount);
}

function sumOf(movements: readonly Movement[], type: Movement['type'], order: Order): Amount {
  let total: Dec = ZERO;
  for (const movement of movements) if (movement.type === type) total = total.plus(movement.amount);
  return toAmount(total, digitsOf(order.currency));
}

function lastChangeOf(order: Order): string {
  return order.history[order.history.length - 1]!.at;
}
