import { buyerFeeFor } from '../../escrow/buyerFeeFor';
import type { Posting } from '../../escrow/types';
import { Dec, ZERO, toAmount } from '../../money';
import type { Order } from '../../order/types';
import { compareInstants } from '../../time';
import { invalidOrder } from './invalidOrder';

/** The parts of an order the payments are checked against. */
export type PaymentFacts = Pick<Order, 'placedAt' | 'items' | 'extras' | 'fees' | 'escrow'>;

/**
 * Checks that the money paid in is what the library would have charged, and that refunds go
 * back to real payments. Invariants (SPEC §7.2, §7.3):
 * - the first posting is the checkout payment, buyer → escrow, cause `order.placed`, at
 *   `placedAt`, of S₀ + T + F(S₀), with S₀ the sum of the items;
 * - every later payment funds the next extra, in order, with the same payment id, instant and
 *   cause (`option.add` or `offer.accept`), of p + F(S + p) − F(S) on the cumulative S;
 * - payment ids are unique, and a refund never exceeds what its payment has left;
 * - postings never go back in time.
 * `held` being derived from the ledger, these are what make "amounts add up" mean something.
 *
 * @throws SequestreError `INVALID_ORDER` naming the first posting that breaks a rule.
 */
export function checkPayments(order: PaymentFacts, digits: number): void {
  const { ledger } = order.escrow;
  const first = ledger[0]!;
  if (first.from !== 'buyer' || first.to !== 'escrow' || first.cause !== 'order.placed') {
    invalidOrder('escrow.ledger[0]', 'ledger.firstPayment', 'escrow.ledger[0] must be the checkout payment: buyer→escrow with cause "order.placed".');
  }
  if (first.at !== order.placedAt) invalidOrder('escrow.ledger[0].at', 'ledger.firstPayment', `escrow.ledger[0].at must be placedAt, ${order.placedAt}: the money is held from then.`);
  let subtotal = order.items.reduce((sum, item) => sum.plus(item.price), ZERO);
  checkAmount(first, 'escrow.ledger[0]', subtotal.plus(order.escrow.tip).plus(buyerFeeFor(subtotal, order.fees, digits)), digits);
  const left = new Map<string, Dec>();
  let extras = 0;
  let previous = first.at;
  ledger.forEach((posting, i) => {
    const path = `escrow.ledger[${i}]`;
    if (compareInstants(posting.at, previous) < 0) invalidOrder(`${path}.at`, 'ledger.timeOrder', `${path}.at ${posting.at} is before the posting above it (${previous}); postings only go forward in time.`);
    previous = posting.at;
    if (posting.to === 'escrow') {
      if (left.has(posting.paymentId!)) invalidOrder(`${path}.paymentId`, 'payment.duplicateId', `${path}.paymentId "${posting.paymentId}" is used twice; payment ids are unique within an order.`);
      if (i > 0) {
        subtotal = checkExtraPayment(order, posting, path, extras, subtotal, digits);
        extras += 1;
      }
      left.set(posting.paymentId!, new Dec(posting.amount));
    } else if (posting.to === 'buyer') {
      const rest = left.get(posting.paymentId!);
      if (rest === undefined) invalidOrder(`${path}.paymentId`, 'refund.unknownPayment', `${path} refunds payment "${posting.paymentId}", which no earlier posting paid in.`);
      if (rest.lessThan(posting.amount)) invalidOrder(`${path}.amount`, 'refund.exceedsPayment', `${path} refunds ${posting.amount}, more than the ${toAmount(rest, digits)} payment "${posting.paymentId}" has left.`);
      left.set(posting.paymentId!, rest.minus(posting.amount));
    }
  });
  if (extras < order.extras.length) invalidOrder(`extras[${extras}]`, 'extra.withoutPayment', `extras[${extras}] has no payment in escrow.ledger; every option or accepted offer is paid when it joins the order.`);
}

function checkExtraPayment(order: PaymentFacts, posting: Posting, path: string, index: number, subtotal: Dec, digits: number): Dec {
  const extra = order.extras[index];
  if (extra === undefined) invalidOrder(path, 'payment.withoutExtra', `${path} is a payment with no extra to fund; only the checkout, options and accepted offers are paid in.`);
  const cause = extra.kind === 'option' ? 'option.add' : 'offer.accept';
  if (posting.paymentId !== extra.paymentId || posting.at !== extra.at || posting.cause !== cause) {
    invalidOrder(path, 'payment.extraMismatch', `${path} must be the payment of extras[${index}]: paymentId "${extra.paymentId}", at ${extra.at}, cause "${cause}".`);
  }
  const price = new Dec(extra.price);
  const fee = buyerFeeFor(subtotal.plus(price), order.fees, digits).minus(buyerFeeFor(subtotal, order.fees, digits));
  checkAmount(posting, path, price.plus(fee), digits);
  return subtotal.plus(price);
}

function checkAmount(posting: Posting, path: string, expected: Dec, digits: number): void {
  if (expected.equals(posting.amount)) return;
  const total = toAmount(expected, digits);
  invalidOrder(`${path}.amount`, 'payment.amountMismatch', `${path}.amount ${posting.amount} must be ${total}, the price plus buyer fee the library charged.`, { expected: total });
}
