import { forfeit, holdExtra, refundFull, refundPartial, release } from '../../escrow';
import type { EscrowStep, Movement } from '../../model/escrow';
import type { EffectDraft, Order } from '../../model/types';
import { emit, type MachineEvent, type OrderContext, patch } from './context';

/**
 * The escrow operations as steps of the order: each runs one pure escrow function, stores the
 * new escrow and emits its movements as effects, refunds first, then payout, then revenue
 * (SPEC §8). A refund's `reason` is the type of the transition that caused it.
 */
function apply(context: OrderContext, event: MachineEvent, step: EscrowStep): OrderContext {
  const effects = step.movements.map((movement) => effectOf(context.order, movement, event));
  return emit(patch(context, { escrow: step.escrow }), effects);
}

function effectOf(order: Order, movement: Movement, event: MachineEvent): EffectDraft {
  const { currency } = order;
  switch (movement.type) {
    case 'refund':
      return {
        type: 'refund',
        paymentId: movement.paymentId,
        amount: movement.amount,
        currency,
        reason: event.type,
        at: event.at,
      };
    case 'payout':
      return { type: 'payout', sellerId: order.seller.id, amount: movement.amount, currency, at: event.at };
    case 'revenue':
      return { type: 'revenue', amount: movement.amount, currency, breakdown: movement.breakdown, at: event.at };
  }
}

/**
 * When, why and in which change a posting is made: the event's instant and type, and the
 * order's version after this change (the order keeps its old version until `applyEvent` ends it).
 */
function stamp(context: OrderContext, event: MachineEvent) {
  return { at: event.at, cause: event.type, version: context.order.version + 1 };
}

/** Full refund of everything held (cancellation, acceptance timeout, dispute refund). */
export function refundEverything(context: OrderContext, event: MachineEvent): OrderContext {
  const { order } = context;
  return apply(
    context,
    event,
    refundFull(order, { refundBuyerFee: order.policy.refundBuyerFee.onCancel, ...stamp(context, event) }),
  );
}

/** Release on completion: the seller is paid, the platform keeps its share. */
export function releaseEscrow(context: OrderContext, event: MachineEvent): OrderContext {
  return apply(context, event, release(context.order, stamp(context, event)));
}

/** Expiry under `onExpiry: 'forfeit'`: everything held goes to the platform. */
export function forfeitEscrow(context: OrderContext, event: MachineEvent): OrderContext {
  return apply(context, event, forfeit(context.order, stamp(context, event)));
}

/** A partial refund of `amount` of the items; the order goes on. */
export function refundPart(context: OrderContext, event: MachineEvent, amount: string): OrderContext {
  const { order } = context;
  return apply(
    context,
    event,
    refundPartial(order, { amount, buyerFee: order.policy.refundBuyerFee.onPartialRefund, ...stamp(context, event) }),
  );
}

/** Holds the payment of an option or an accepted offer. */
export function holdExtraPayment(
  context: OrderContext,
  event: MachineEvent,
  price: string,
  payment: { id: string; amount: string },
): OrderContext {
  return apply(context, event, holdExtra(context.order, { price, payment, ...stamp(context, event) }));
}
