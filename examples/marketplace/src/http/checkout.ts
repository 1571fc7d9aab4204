import { type Actor, type Item, type Order, type OrderInput, quoteOrder } from 'sequestre';
import type { CreateResult } from 'sequestre-postgres';
import type { ServiceContext } from '../context';

/** The checkout form: the buyer picks a seller's service, its options and a tip. */
export type CheckoutRequest = {
  readonly orderId: string;
  readonly sellerId: string;
  readonly currency: string;
  readonly items: readonly Item[];
  readonly tip?: string;
  readonly deliveryDays: number;
};

export type CheckoutOutcome =
  | { readonly kind: 'created'; readonly order: Order; readonly duplicate: boolean }
  | {
      readonly kind: 'refused';
      readonly error: Extract<CreateResult, { ok: false }>['error'];
      readonly refunded: boolean;
    }
  | { readonly kind: 'chargeRefunded'; readonly paymentId: string };

/**
 * Checkout (SPEC §4, §7.2): quote, charge the quote's total, then open the order with that
 * payment, placed at the instant the charge succeeded.
 *
 * If the order cannot be created (a refusal, or an id another checkout took), the charge is
 * refunded at once: money is never held without an order. If the database fails, the create is
 * sent once more: the same order id and payment make it a duplicate if the first had committed.
 * If that fails too, the charge is left to the reconciliation of charges without an order, rather
 * than refunded blindly (it may belong to an order that did commit).
 */
export async function checkout(
  context: ServiceContext,
  buyer: Actor & { id: string },
  key: string,
  request: CheckoutRequest,
): Promise<CheckoutOutcome> {
  const quote = quoteOrder({
    currency: request.currency,
    items: request.items,
    fees: context.fees,
    ...(request.tip === undefined ? {} : { tip: request.tip }),
  });
  const charge = await context.provider.charge({
    key: `checkout:${key}`,
    orderId: request.orderId,
    buyerId: buyer.id,
    amount: quote.total,
    currency: request.currency,
  });
  if (charge.refunded !== '0') return { kind: 'chargeRefunded', paymentId: charge.paymentId };
  const input: OrderInput = {
    id: request.orderId,
    buyer: { id: buyer.id },
    seller: { id: request.sellerId },
    currency: request.currency,
    items: request.items,
    ...(request.tip === undefined ? {} : { tip: request.tip }),
    deliveryDays: request.deliveryDays,
    fees: context.fees,
    payment: { id: charge.paymentId, amount: quote.total },
    placedAt: context.clock().toISOString(),
  };
  let result: CreateResult;
  try {
    result = await context.store.create(input);
  } catch {
    result = await context.store.create(input);
  }
  if (result.ok) return { kind: 'created', order: result.order, duplicate: result.duplicate === true };
  await context.provider.refund({
    key: `refund:${charge.paymentId}`,
    orderId: request.orderId,
    paymentId: charge.paymentId,
    amount: quote.total,
    currency: request.currency,
  });
  return { kind: 'refused', error: result.error, refunded: true };
}
