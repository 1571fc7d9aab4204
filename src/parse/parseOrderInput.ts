import { DAYS_MAX, DAYS_MIN, INSTANT_MS_MAX, REVISIONS_MAX, refuse, type Refusal } from '../errors';
import { buyerFeeFor } from '../escrow/buyerFeeFor';
import { assertTotalFits, parseQuoteInput, type CheckedQuoteInput } from './parseQuoteInput';
import { fail, readId, readInteger, readObject } from './readers';
import { Dec, parseAmount, toAmount } from '../money';
import { addDuration, parseInstant, toDurationParts, toInstant } from '../time';
import { parsePolicy } from './parsePolicy';
import type { OrderInput, Policy } from '../model/types';
import { withFields } from '../model/withFields';

/** A validated `OrderInput`, normalised: amounts to the currency's digits, instants to UTC. */
export type CheckedOrderInput = CheckedQuoteInput & {
  readonly id: string;
  readonly buyerId: string;
  readonly sellerId: string;
  readonly deliveryDays: number;
  readonly revisionDays: number;
  readonly maxRevisions: number | null;
  readonly payment: { readonly id: string; readonly amount: string };
  readonly total: Dec;
  readonly placedAt: string;
  readonly policy: Policy;
};

/**
 * Validates an order input (SPEC §4). The policy defaults to `defaultPolicy`.
 *
 * @throws SequestreError `INVALID_INPUT` naming the first field that is wrong.
 */
export function parseOrderInput(value: unknown, defaultPolicy: Policy): CheckedOrderInput {
  const input = readObject(value, 'input');
  const id = readId(input.id, 'id');
  const buyerId = readId(readObject(input.buyer, 'buyer').id, 'buyer.id');
  const sellerId = readId(readObject(input.seller, 'seller').id, 'seller.id');
  if (buyerId === sellerId) fail('INVALID_INPUT', 'seller.id', 'parties.same', 'The buyer and the seller must be different parties: buyer.id equals seller.id.');
  const quote = parseQuoteInput(input);
  const deliveryDays = readInteger(input.deliveryDays, 'deliveryDays', DAYS_MIN, DAYS_MAX);
  const revisionDays = input.revisionDays === undefined ? deliveryDays : readInteger(input.revisionDays, 'revisionDays', DAYS_MIN, DAYS_MAX);
  const maxRevisions = input.maxRevisions === undefined || input.maxRevisions === null ? null : readInteger(input.maxRevisions, 'maxRevisions', 0, REVISIONS_MAX);
  const payment = readObject(input.payment, 'payment');
  const paymentId = readId(payment.id, 'payment.id');
  const paymentAmount = toAmount(parseAmount(payment.amount, quote.digits, 'payment.amount'), quote.digits);
  const placedAt = toInstant(parseInstant(input.placedAt, 'placedAt'));
  const policy = parsePolicy(input.policy === undefined ? defaultPolicy : input.policy);
  refuseDeadlinesAfterYear9999(placedAt, policy);
  const total = quote.subtotal.plus(quote.tip).plus(buyerFeeFor(quote.subtotal, quote.fees, quote.digits));
  assertTotalFits(total, 'items');
  return withFields(quote, { id, buyerId, sellerId, deliveryDays, revisionDays, maxRevisions, payment: { id: paymentId, amount: paymentAmount }, total, placedAt, policy });
}

/**
 * SPEC §3: the deadlines the new order holds from its creation (the acceptance window and the
 * expiry, both counted from `placedAt`) keep a four-digit year.
 *
 * @throws SequestreError `INVALID_INPUT` with `details.rule: 'time.afterYear9999'`.
 */
function refuseDeadlinesAfterYear9999(placedAt: string, policy: Policy): void {
  const placedMs = Date.parse(placedAt);
  for (const field of ['acceptanceWindow', 'maxLifetime'] as const) {
    const duration = policy[field];
    if (duration === null) continue;
    const deadlineMs = addDuration(placedMs, toDurationParts(duration)!);
    if (deadlineMs > INSTANT_MS_MAX) {
      fail('INVALID_INPUT', 'placedAt', 'time.afterYear9999', `placedAt ${placedAt} plus policy.${field} ${duration} is ${toInstant(deadlineMs)}, after 9999-12-31T23:59:59.999Z, the last instant an order can hold.`);
    }
  }
}

/** SPEC §4: the checkout payment must equal the quote's total, as an amount ("57.5" = "57.50"). */
export function refusePaymentMismatch(input: CheckedOrderInput): Refusal | undefined {
  if (input.total.equals(input.payment.amount)) return undefined;
  const expected = toAmount(input.total, input.digits);
  return refuse('AMOUNT_MISMATCH', `The payment of ${input.payment.amount} ${input.currency} does not match the checkout total of ${expected} ${input.currency}; charge quoteOrder(...).total.`, {
    rule: 'payment.amountMismatch',
    expected,
  });
}

export type { OrderInput };
