import { assert } from '../errors';
import { Dec, toAmount } from '../money';
import type { Posting } from './types';

/** How much of a refund goes back to one payment. */
export type RefundShare = { readonly paymentId: string; readonly amount: Dec };

/**
 * Splits a refund over the payments that funded the order, newest payment first, never giving
 * back more than a payment's amount minus what was already refunded on it (SPEC §7.3). Newest
 * first because the latest extra is the one the buyer most recently chose and the cheapest to
 * reverse at the payment provider.
 */
export function routeRefund(ledger: readonly Posting[], refund: Dec): RefundShare[] {
  const payments: { paymentId: string; left: Dec }[] = [];
  const index = new Map<string, number>();
  for (const posting of ledger) {
    if (posting.paymentId === undefined) continue;
    if (posting.to === 'escrow') {
      index.set(posting.paymentId, payments.length);
      payments.push({ paymentId: posting.paymentId, left: new Dec(posting.amount) });
    } else if (posting.to === 'buyer') {
      const payment = payments[index.get(posting.paymentId)!];
      assert(payment !== undefined, `refund posting for unknown payment ${posting.paymentId}`);
      payment.left = payment.left.minus(posting.amount);
    }
  }
  const shares: RefundShare[] = [];
  let rest = refund;
  for (let i = payments.length - 1; i >= 0 && rest.greaterThan(0); i -= 1) {
    const payment = payments[i]!;
    const amount = Dec.min(rest, payment.left);
    if (amount.greaterThan(0)) shares.push({ paymentId: payment.paymentId, amount });
    rest = rest.minus(amount);
  }
  assert(rest.isZero(), `a refund of ${refund.toString()} exceeds what the payments have left`);
  return shares;
}

/** The ledger postings and movements of a routed refund. */
export function refundPostings(shares: readonly RefundShare[], digits: number, at: string, cause: string) {
  const postings: Posting[] = [];
  const movements: { type: 'refund'; paymentId: string; amount: string }[] = [];
  for (const share of shares) {
    const amount = toAmount(share.amount, digits);
    postings.push({ at, from: 'escrow', to: 'buyer', amount, cause, paymentId: share.paymentId });
    movements.push({ type: 'refund', paymentId: share.paymentId, amount });
  }
  return { postings, movements };
}
