import { assert } from '../errors';
import type { EscrowHolder, EscrowStep, Movement, Posting } from '../model/escrow';
import { roundHalfEven, toAmount } from '../money';
import { assertConserved } from './assertConserved';
import { figuresOf } from './figures';
import { revenueOf } from './revenue';

export type ReleaseParams = {
  readonly at: string;
  readonly cause: string;
  /** The order's version after the change. */
  readonly version: number;
};

/**
 * Pays the seller on completion (SPEC §7.4). Earned E = S − partial refunds; commission
 * C = round(E × rate); tip commission Ct = round(T × tipRate). The platform's shares are the
 * rounded figures and the seller gets the complement E − C + T − Ct, so nothing is lost to
 * rounding. The platform also keeps the buyer fee that was not refunded.
 */
export function release(holder: EscrowHolder, params: ReleaseParams): EscrowStep {
  const figures = figuresOf(holder);
  const earned = figures.subtotal.minus(figures.refundedItems);
  assert(earned.greaterThan(0), 'a release needs earnings left');
  assert(figures.refundedTip.isZero(), 'a release comes before any refund of the tip');
  const commission = roundHalfEven(earned.times(holder.fees.commission.rate), figures.digits);
  const tipCommission = roundHalfEven(figures.tip.times(holder.fees.tipCommission.rate), figures.digits);
  const payout = earned.minus(commission).plus(figures.tip).minus(tipCommission);
  // Stryker disable next-line all: cannot fire, since both commission rates are at most 1 (the parsers refuse another rate).
  assert(!payout.isNegative(), 'a payout is never negative');
  const buyerFee = figures.buyerFee.minus(figures.refundedBuyerFee);
  const postings: Posting[] = [];
  const movements: Movement[] = [];
  if (payout.greaterThan(0)) {
    const amount = toAmount(payout, figures.digits);
    postings.push({
      version: params.version,
      at: params.at,
      from: 'escrow',
      to: 'seller',
      amount,
      cause: params.cause,
    });
    movements.push({ type: 'payout', amount });
  }
  const revenue = revenueOf(
    { commission, tipCommission, buyerFee },
    figures.digits,
    params.at,
    params.cause,
    params.version,
  );
  const ledger = [...holder.escrow.ledger, ...postings, ...revenue.postings];
  // Stryker disable next-line all: checks the ledger just built from checked figures; no input fails it.
  assert(assertConserved(ledger, figures.digits) === 0n, 'a release leaves nothing held');
  return { escrow: { ...holder.escrow, ledger }, movements: [...movements, ...revenue.movements] };
}
