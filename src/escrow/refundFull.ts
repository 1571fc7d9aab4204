import { assert } from '../errors';
import type { EscrowHolder, EscrowStep } from '../model/escrow';
import { toAmount, ZERO } from '../money';
import { assertConserved } from './assertConserved';
import { figuresOf, leftOf } from './figures';
import { revenueOf } from './revenue';
import { refundPostings, routeRefund } from './routeRefund';
import { sumLedger } from './sumLedger';

export type RefundFullParams = {
  /** Policy `refundBuyerFee.onCancel`: when false the platform keeps the fee not yet refunded. */
  readonly refundBuyerFee: boolean;
  readonly at: string;
  readonly cause: string;
  /** The order's version after the change. */
  readonly version: number;
};

/**
 * Gives the buyer back everything still held: remaining items, the tip and the remaining buyer
 * fee (SPEC §7.3), or all but that fee, which is then booked at once as revenue. Every figure is
 * then refunded in full but the fee the platform kept.
 */
export function refundFull(holder: EscrowHolder, params: RefundFullParams): EscrowStep {
  const figures = figuresOf(holder);
  const left = leftOf(figures);
  const held = sumLedger(holder.escrow.ledger).held;
  assert(held.greaterThan(0), 'a full refund needs money held');
  assert(held.equals(left.items.plus(left.tip).plus(left.buyerFee)), 'an open escrow holds what its figures have left');
  const feeBack = params.refundBuyerFee ? left.buyerFee : ZERO;
  const keptFee = left.buyerFee.minus(feeBack);
  const shares = routeRefund(holder.escrow.ledger, { items: left.items, tip: left.tip, buyerFee: feeBack });
  const refunds = refundPostings(shares, figures.digits, params.at, params.cause, params.version);
  const revenue = revenueOf({ buyerFee: keptFee }, figures.digits, params.at, params.cause, params.version);
  const ledger = [...holder.escrow.ledger, ...refunds.postings, ...revenue.postings];
  // Stryker disable next-line all: checks the ledger just built from checked figures; no input fails it.
  assert(assertConserved(ledger, figures.digits) === 0n, 'a full refund leaves nothing held');
  return {
    escrow: {
      ...holder.escrow,
      refundedItems: holder.escrow.subtotal,
      refundedTip: holder.escrow.tip,
      refundedBuyerFee: toAmount(figures.refundedBuyerFee.plus(feeBack), figures.digits),
      ledger,
    },
    movements: [...refunds.movements, ...revenue.movements],
  };
}
