import { type Refusal, refuse, senderParty, senderRole } from '../errors';
import type { Actor, Order, OrderEventType } from '../model/types';
import { isSenderOf, SENDERS } from '../order/rules/roles';

/**
 * SPEC §3 `FORBIDDEN`: the role may never send this type, or the buyer or seller id is not this
 * order's. Platform ids are recorded, not checked.
 */
export function refuseSender(order: Order, type: OrderEventType, by: Actor): Refusal | undefined {
  if (!isSenderOf(type, by.role)) {
    return refuse('FORBIDDEN', senderRole, { allowed: SENDERS[type] }, by.role, type);
  }
  return refuseParty(order, by);
}

/** The buyer or seller id must be this order's party. */
export function refuseParty(order: Order, by: Actor): Refusal | undefined {
  if ((by.role === 'buyer' && by.id !== order.buyer.id) || (by.role === 'seller' && by.id !== order.seller.id)) {
    return refuse('FORBIDDEN', senderParty, {}, by, order.id);
  }
  return undefined;
}
