import { assert } from '../errors';
import type { Amount, EscrowHolder, EscrowStep } from '../model/escrow';
import { Dec, roundHalfEven, toAmount, ZERO } from '../money';
import { assertConserved } from './assertConserved';
import { figuresOf, leftOf } from './figures';
import { refundPostings, routeRefund } from './routeRefund';

/** How a partial refund treats the buyer fee (policy `refundBuyerFee.onPartialRefund`). */
export type PartialFeeRule = 'proportional' | 'none';

export type RefundPartialParams = {
  readonly amount: Amount;
  readonly buyerFee: PartialFeeRule;
  readonly at: string;
  readonly cause: string;
  /** The order's version after the change. */
  readonly version: number;
};

/**
 * Gives back R of the items (SPEC §7.3): the buyer gets R + round(F × R / S), with S and F the
 * current cumulative figures, capped so that fee refunds never exceed F. The tip is never
 * partially refunded and the order goes on, so the escrow still holds the rest.
 */
export function refundPartial(holder: EscrowHolder, params: RefundPartialParams): EscrowStep {
  const figures = figuresOf(holder);
  const left = leftOf(figures);
  const amount = new Dec(params.amount);
  assert(amount.greaterThan(0), 'a partial refund is positive');
  assert(amount.lessThan(left.items), 'a partial refund is below what is left of the items');
  const proportional = roundHalfEven(figures.buyerFee.times(amount).dividedBy(figures.subtotal), figures.digits);
  const feeRefund = params.buyerFee === 'none' ? ZERO : Dec.min(proportional, left.buyerFee);
  assert(!feeRefund.isNegative(), 'a fee refund is never negative');
  assert(feeRefund.lessThanOrEqualTo(left.buyerFee), 'fee refunds never exceed the buyer fee');
  const shares = routeRefund(holder.escrow.ledger, { items: amount, tip: ZERO, buyerFee: feeRefund });
  const { postings, movements } = refundPostings(shares, figures.digits, params.at, params.cause, params.version);
  const ledger = [...holder.escrow.ledger, ...postings];
  // Stryker disable next-line all: checks the ledger just built from checked figures; no input fails it.
  assertConserved(ledger, figures.digits);
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
