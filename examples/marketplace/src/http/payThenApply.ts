import { type Actor, type Order, type OrderEvent, quoteExtra } from 'sequestre';
import type { ApplyResult } from 'sequestre-postgres';
import type { ServiceContext } from '../context';

/** What a paid extra answers: applied, or refused with the charge refunded (or kept for a retry). */
export type PaidOutcome =
  | { readonly kind: 'applied'; readonly result: Extract<ApplyResult, { ok: true }> }
  | { readonly kind: 'refused'; readonly result: Extract<ApplyResult, { ok: false }>; readonly refunded: boolean }
  | { readonly kind: 'chargeRefunded'; readonly paymentId: string };

/**
 * Pays for an option or an accepted offer, then applies the event that adds it (SPEC §7.2):
 * quote with `quoteExtra`, charge under a key derived from the request's idempotency key, apply.
 *
 * - A refusal refunds the charge at once: the buyer never pays for an extra the order does not
 *   hold. The refund's key is derived from the payment, so doing it twice refunds once.
 * - `RETRIES_EXHAUSTED` keeps the charge: the client retries with the same key, which finds the
 *   same payment, and nothing is charged twice.
 * - A retry whose charge was already refunded is refused (`CHARGE_REFUNDED`): the payment is
 *   gone, the client must start again with a new key.
 * - A database error may hide a commit: the event is sent once more (the same id makes it a
 *   duplicate if it had landed) before the error is reported; the charge is then left to the
 *   nightly reconciliation of charges without an order.
 */
export async function payThenApply(
  context: ServiceContext,
  order: Order,
  request: {
    actor: Actor;
    key: string;
    price: string;
    event: (payment: { id: string; amount: string }, at: string) => OrderEvent;
  },
): Promise<PaidOutcome> {
  const quote = quoteExtra(order, request.price);
  const charge = await context.provider.charge({
    key: `extra:${order.id}:${request.key}`,
    orderId: order.id,
    buyerId: order.buyer.id,
    amount: quote.total,
    currency: order.currency,
  });
  if (charge.refunded !== '0') return { kind: 'chargeRefunded', paymentId: charge.paymentId };
  const payment = { id: charge.paymentId, amount: quote.total };
  const decide = (_fresh: Order, at: string) => request.event(payment, at);
  let result: ApplyResult;
  try {
    result = await context.store.apply(order.id, decide);
  } catch {
    result = await context.store.apply(order.id, decide);
  }
  if (result.ok) return { kind: 'applied', result };
  if (result.error.code === 'RETRIES_EXHAUSTED') return { kind: 'refused', result, refunded: false };
  await context.provider.refund({
    key: `refund:${payment.id}`,
    orderId: order.id,
    paymentId: payment.id,
    amount: payment.amount,
    currency: order.currency,
  });
  return { kind: 'refused', result, refunded: true };
}
