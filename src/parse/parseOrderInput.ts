import {
  DAYS_MAX,
  DAYS_MIN,
  INSTANT_MS_MAX,
  invalidInput,
  type Parsed,
  parsing,
  partiesSame,
  paymentAmountMismatch,
  REVISIONS_MAX,
  type Refusal,
  refuse,
  refused,
  timeAfterYear9999,
} from '../errors';
import { buyerFeeFor } from '../escrow/buyerFeeFor';
import type { OrderInput, Policy } from '../model/types';
import { withFields } from '../model/withFields';
import { type Dec, parseAmount, toAmount } from '../money';
import { addDuration, daysToMs, parseInstant, toDurationParts, toInstant } from '../time';
import { readPolicy } from './parsePolicy';
import { type CheckedQuoteInput, readQuoteInput, refuseTotalTooLarge } from './parseQuoteInput';
import { readId, readInteger, readObject } from './readers';

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
 * @returns The checked input, or the `INVALID_INPUT` refusal naming the first field that is wrong.
 */
export function parseOrderInput(value: unknown, defaultPolicy: Policy): Parsed<CheckedOrderInput> {
  return parsing(() => readOrderInput(value, defaultPolicy));
}

function readOrderInput(value: unknown, defaultPolicy: Policy): CheckedOrderInput {
  const input = readObject(value, 'input');
  const id = readId(input.id, 'id');
  const buyerId = readId(readObject(input.buyer, 'buyer').id, 'buyer.id');
  const sellerId = readId(readObject(input.seller, 'seller').id, 'seller.id');
  if (buyerId === sellerId) invalidInput(partiesSame, { path: 'seller.id' });
  const quote = readQuoteInput(input);
  const deliveryDays = readInteger(input.deliveryDays, 'deliveryDays', DAYS_MIN, DAYS_MAX);
  const revisionDays =
    input.revisionDays === undefined
      ? deliveryDays
      : readInteger(input.revisionDays, 'revisionDays', DAYS_MIN, DAYS_MAX);
  const maxRevisions =
    input.maxRevisions === undefined || input.maxRevisions === null
      ? null
      : readInteger(input.maxRevisions, 'maxRevisions', 0, REVISIONS_MAX);
  const payment = readObject(input.payment, 'payment');
  const paymentId = readId(payment.id, 'payment.id');
  const paymentAmount = toAmount(parseAmount(payment.amount, quote.digits, 'payment.amount'), quote.digits);
  const placedAt = toInstant(parseInstant(input.placedAt, 'placedAt'));
  const policy = readPolicy(input.policy === undefined ? defaultPolicy : input.policy);
  const late = refuseDeadlinesAfterYear9999(placedAt, policy, deliveryDays);
  if (late !== undefined) refused(late);
  const total = quote.subtotal.plus(quote.tip).plus(buyerFeeFor(quote.subtotal, quote.fees, quote.digits));
  const tooLarge = refuseTotalTooLarge(total, 'items');
  if (tooLarge !== undefined) refused(tooLarge);
  return withFields(quote, {
    id,
    buyerId,
    sellerId,
    deliveryDays,
    revisionDays,
    maxRevisions,
    payment: { id: paymentId, amount: paymentAmount },
    total,
    placedAt,
    policy,
  });
}

/**
 * SPEC §3: the deadlines the new order holds from its creation (the acceptance window and the
 * expiry, both counted from `placedAt`; without an acceptance step, the delivery deadline) keep a
 * four-digit year (`time.afterYear9999`).
 */
function refuseDeadlinesAfterYear9999(placedAt: string, policy: Policy, deliveryDays: number): Refusal | undefined {
  const placedMs = Date.parse(placedAt);
  if (policy.acceptanceWindow === null) {
    // SPEC §9: the order opens in progress, accepted when placed.
    const deadlineMs = placedMs + daysToMs(deliveryDays);
    if (deadlineMs > INSTANT_MS_MAX)
      return refuse(
        'INVALID_INPUT',
        timeAfterYear9999,
        { path: 'placedAt' },
        { placedAt, deliveryDays, at: toInstant(deadlineMs) },
      );
  }
  for (const field of ['acceptanceWindow', 'maxLifetime'] as const) {
    const duration = policy[field];
    if (duration === null) continue;
    const deadlineMs = addDuration(placedMs, toDurationParts(duration)!);
    if (deadlineMs > INSTANT_MS_MAX) {
      return refuse(
        'INVALID_INPUT',
        timeAfterYear9999,
        { path: 'placedAt' },
        { placedAt, field, duration, at: toInstant(deadlineMs) },
      );
    }
  }
  return undefined;
}

/** SPEC §4: the checkout payment must equal the quote's total, as an amount ("57.5" = "57.50"). */
export function refusePaymentMismatch(input: CheckedOrderInput): Refusal | undefined {
  if (input.total.equals(input.payment.amount)) return undefined;
  const expected = toAmount(input.total, input.digits);
  return refuse(
    'AMOUNT_MISMATCH',
    paymentAmountMismatch,
    { expected },
    input.payment.amount,
    'checkout',
    input.currency,
  );
}

export type { OrderInput };
