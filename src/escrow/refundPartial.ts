import { assert } from '../errors';
import { Dec, ZERO, roundHalfEven, toAmount } from '../money';
import { assertConserved } from './assertConserved';
import { figuresOf } from './figures';
import { refundPostings, routeRefund } from './routeRefund';
import type { Amount, EscrowHolder, EscrowStep } from './types';

/** How a partial refund treats the buyer fee (policy `refundBuyerFee.onPartialRefund`). */
export type PartialFeeRule = 'proportional' | 'none';

export type RefundPartialParams = {
  readonly amount: Amount;
  readonly buyerFee: PartialFeeRule;
  readonly at: string;
  readonly cause: string;
};

/**
 * Gives back R of the items (SPEC §7.3): the buyer gets R + round(F × R / S), with S and F the
 * current cumulative figures, capped so that fee refunds never exceed F. The tip is never
 * partially refunded and the order goes on, so the escrow still holds the rest.
 */
export function refundPartial(holder: EscrowHolder, params: RefundPartialParams): EscrowStep {
  const figures = figuresOf(holder);
  const amount = new Dec(params.amount);
  const refundable = figures.subtotal.minus(figures.refundedItems);
  assert(amount.greaterThan(0), 'a partial refund is positive');
  assert(amount.lessThan(refundable), 'a partial refund is below what is left of the items');
  const feeLeft = figures.buyerFee.minus(figures.refundedBuyerFee);
  const proportional = roundHalfEven(figures.buyerFee.times(amount).dividedBy(figures.subtotal), figures.digits);
  const feeRefund = params.buyerFee === 'none' ? ZERO : Dec.min(proportional, feeLeft);
  assert(!feeRefund.isNegative(), 'a fee refund is never negative');
  assert(feeRefund.lessThanOrEqualTo(feeLeft), 'fee refunds never exceed the buyer fee');
  const { postings, movements } = refundPostings(
    routeRefund(holder.escrow.ledger, amount.plus(feeRefund)),
    figures.digits,
    params.at,
    params.cause,
  );
  const ledger = [...holder.escrow.ledger, ...postings];
  assertConserved(ledger);
  return {
    escrow: {
      ...holder.escrow,
      refundedItems: toAmount(figures.refundedItems.plus(amount), figures.digits),
      refundedBuyerFee: toAmount(figures.refundedBuyerFee.plus(feeRefund), figures.digits),
      ledger,
    },
    movements,
  };
}
