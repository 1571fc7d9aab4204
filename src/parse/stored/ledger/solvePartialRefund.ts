import { figuresOf, leftOf } from '../../../escrow/figures';
import type { Amount, EscrowHolder } from '../../../model/escrow';
import { Dec, roundHalfEven, toAmount, ZERO } from '../../../money';
import type { LedgerFacts, PostingGroup } from './replayLedger';

/**
 * Schema 1 stored a partial refund as what went back to each payment, R plus its share of the
 * fee, without R. The refund R + min(round(F × R / S), fee left) grows strictly with R (one minor
 * unit more of R is at least one more in total), so at most one R gives the stored total; it is
 * found by bisection over the minor units of the items left. `undefined` when none does.
 */
export function solvedPartialRefund(group: PostingGroup, holder: EscrowHolder, facts: LedgerFacts): Amount | undefined {
  let total = ZERO;
  for (const posting of group.postings) if (posting.to === 'buyer') total = total.plus(posting.amount);
  const figures = figuresOf(holder);
  const left = leftOf(figures);
  const unit = new Dec(1).dividedBy(new Dec(10).pow(figures.digits));
  const refundOf = (items: Dec) => {
    if (facts.policy.refundBuyerFee.onPartialRefund === 'none') return items;
    const proportional = roundHalfEven(figures.buyerFee.times(items).dividedBy(figures.subtotal), figures.digits);
    return items.plus(Dec.min(proportional, left.buyerFee));
  };
  // Bisection on whole minor units of R, in (0, items left).
  let low = new Dec(1);
  let high = left.items.dividedBy(unit).minus(1);
  while (low.lessThanOrEqualTo(high)) {
    const middle = low.plus(high).dividedToIntegerBy(2);
    const refund = refundOf(middle.times(unit));
    if (refund.equals(total)) return toAmount(middle.times(unit), figures.digits);
    if (refund.lessThan(total)) low = middle.plus(1);
    else high = middle.minus(1);
  }
  return undefined;
}
