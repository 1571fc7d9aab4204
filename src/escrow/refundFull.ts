import { assert } from '../errors';
import { ZERO } from '../money';
import { assertConserved } from './assertConserved';
import { figuresOf } from './figures';
import { revenueOf } from './revenue';
import { refundPostings, routeRefund } from './routeRefund';
import { sumLedger } from './sumLedger';
import type { EscrowHolder, EscrowStep } from './types';

export type RefundFullParams = {
  /** Policy `refundBuyerFee.onCancel`: when false the platform keeps the fee not yet refunded. */
  readonly refundBuyerFee: boolean;
  readonly at: string;
  readonly cause: string;
};

/**
 * Gives the buyer back everything still held: remaining items, the tip and the remaining buyer
 * fee (SPEC §7.3), or all but that fee, which is then booked at once as revenue.
 */
export function refundFull(holder: EscrowHolder, params: RefundFullParams): EscrowStep {
  const figures = figuresOf(holder);
  const held = sumLedger(holder.escrow.ledger).held;
  assert(held.greaterThan(0), 'a full refund needs money held');
  const keptFee = params.refundBuyerFee ? ZERO : figures.buyerFee.minus(figures.refundedBuyerFee);
  const refunds = refundPostings(routeRefund(holder.escrow.ledger, held.minus(keptFee)), figures.digits, params.at, params.cause);
  const revenue = revenueOf({ buyerFee: keptFee }, figures.digits, params.at, params.cause);
  const ledger = [...holder.escrow.ledger, ...refunds.postings, ...revenue.postings];
  assert(assertConserved(ledger).held.isZero(), 'a full refund leaves nothing held');
  return { escrow: { ...holder.escrow, ledger }, movements: [...refunds.movements, ...revenue.movements] };
}
