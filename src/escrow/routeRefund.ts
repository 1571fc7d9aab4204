import { assert } from '../errors';
import type { Posting } from '../model/escrow';
import { Dec, toAmount } from '../money';

/** A refund's parts as exact numbers: of the items, of the tip, of the buyer fee. */
export type RefundParts = { readonly items: Dec; readonly tip: Dec; readonly buyerFee: Dec };

/** How much of a refund goes back to one payment, and what it is made of. */
export type RefundShare = { readonly paymentId: string; readonly amount: Dec; readonly parts: RefundParts };

/**
 * Splits a refund over the payments that funded the order, newest payment first, never giving
 * back more than a payment's amount minus what was already refunded on it (SPEC §7.3). Newest
 * first because the latest extra is the one the buyer most recently chose and the cheapest to
 * reverse at the payment provider. The refund's parts fill the shares in a fixed order (items,
 * then tip, then buyer fee), so each share says what it returns and the split is reproducible.
 */
export function routeRefund(ledger: readonly Posting[], parts: RefundParts): RefundShare[] {
  const payments: { paymentId: string; left: Dec }[] = [];
  const index = new Map<string, number>();
  for (const posting of ledger) {
    // Stryker disable next-line all: also skipped below, since postings without a payment id go to the seller or the platform.
    if (posting.paymentId === undefined) continue;
    if (posting.to === 'escrow') {
      index.set(posting.paymentId, payments.length);
      payments.push({ paymentId: posting.paymentId, left: new Dec(posting.amount) });
    } else if (posting.to === 'buyer') {
      const payment = payments[index.get(posting.paymentId)!];
      assert(payment !== undefined, () => `refund posting for unknown payment ${posting.paymentId}`);
      payment.left = payment.left.minus(posting.amount);
    }
  }
  const pools = [parts.items, parts.tip, parts.buyerFee];
  const refund = parts.items.plus(parts.tip).plus(parts.buyerFee);
  const shares: RefundShare[] = [];
  let rest = refund;
  for (let i = payments.length - 1; i >= 0 && rest.greaterThan(0); i -= 1) {
    const payment = payments[i]!;
    const amount = Dec.min(rest, payment.left);
    if (amount.greaterThan(0)) shares.push({ paymentId: payment.paymentId, amount, parts: takeParts(pools, amount) });
    rest = rest.minus(amount);
  }
  assert(rest.isZero(), () => `a refund of ${refund.toString()} exceeds what the payments have left`);
  return shares;
}

/** Takes `amount` from the pools in order (items, tip, buyer fee), lowering them as it goes. */
function takeParts(pools: Dec[], amount: Dec): RefundParts {
  const taken: Dec[] = [];
  let rest = amount;
  for (let i = 0; i < pools.length; i += 1) {
    const part = Dec.min(rest, pools[i]!);
    taken.push(part);
    pools[i] = pools[i]!.minus(part);
    rest = rest.minus(part);
  }
  // Stryker disable next-line all: cannot fire, since the shares add up to the refund, which is the sum of the pools.
  assert(rest.isZero(), 'a refund share never exceeds the refund it is part of');
  return { items: taken[0]!, tip: taken[1]!, buyerFee: taken[2]! };
}

/** The ledger postings and movements of a routed refund. */
export function refundPostings(
  shares: readonly RefundShare[],
  digits: number,
  at: string,
  cause: string,
  version: number,
) {
  const postings: Posting[] = [];
  const movements: { type: 'refund'; paymentId: string; amount: string }[] = [];
  for (const share of shares) {
    const amount = toAmount(share.amount, digits);
    const { items, tip, buyerFee } = share.parts;
    postings.push({
      version,
      at,
      from: 'escrow',
      to: 'buyer',
      amount,
      cause,
      paymentId: share.paymentId,
      items: toAmount(items, digits),
      tip: toAmount(tip, digits),
      buyerFee: toAmount(buyerFee, digits),
    });
    movements.push({ type: 'refund', paymentId: share.paymentId, amount });
  }
  return { postings, movements };
}
