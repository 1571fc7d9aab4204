import { refundOutOfRange, refuse, type Refusal } from '../../errors';
import { digitsOf } from '../../escrow/digitsOf';
import { Dec, toAmount } from '../../money';
import type { Order } from '../../model/types';

/**
 * A partial refund R must satisfy 0 < R < S − partial refunds so far (SPEC §7.3); anything else
 * is `INVALID_INPUT`, with the bounds in `details`.
 */
export function refuseRefundAmount(order: Order, amount: string, path: string): Refusal | undefined {
  const room = refundRoom(order);
  const value = new Dec(amount);
  if (value.greaterThan(0) && value.lessThan(room)) return undefined;
  const digits = digitsOf(order.currency);
  const max = toAmount(room, digits);
  return refuse('INVALID_INPUT', refundOutOfRange, { path, below: max }, order.currency);
}

/** Whether any partial refund is still possible: the range (0, room) holds at least one minor unit. */
export function refuseNoRefundRoom(order: Order): Refusal | undefined {
  const unit = new Dec(`1e-${digitsOf(order.currency)}`);
  return refundRoom(order).greaterThan(unit) ? undefined : refuseRefundAmount(order, '0', 'amount');
}

/** S − partial refunds so far. */
export function refundRoom(order: Order): Dec {
  return new Dec(order.escrow.subtotal).minus(order.escrow.refundedItems);
}
