import { type Refusal, refundAboveMaxShare, refundOutOfRange, refundProposerNotAllowed, refuse } from '../../errors';
import { digitsOf } from '../../escrow/digitsOf';
import type { Order } from '../../model/types';
import { Dec, toAmount } from '../../money';
import type { Attempt } from './context';

/**
 * A partial refund R must satisfy 0 < R < S − partial refunds so far (SPEC §7.3); anything else
 * is `INVALID_INPUT`, with the bounds in `details`. Proposals also keep to the policy's cap
 * (`refuseAboveMaxShare`); a dispute split is the platform's decision and ignores it (SPEC §9).
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
  return refundRoom(order).greaterThan(minorUnitOf(order)) ? undefined : refuseRefundAmount(order, '0', 'amount');
}

/** S − partial refunds so far. */
export function refundRoom(order: Order): Dec {
  return new Dec(order.escrow.subtotal).minus(order.escrow.refundedItems);
}

/** SPEC §9 `partialRefunds.proposers`: only the roles the policy lists propose (Fiverr: the seller alone). */
export function refuseProposer({ order, by }: Attempt): Refusal | undefined {
  const { proposers } = order.policy.partialRefunds;
  if ((proposers as readonly string[]).includes(by.role)) return undefined;
  return refuse('NOT_ALLOWED', refundProposerNotAllowed, { allowed: [...proposers] }, by.role);
}

/**
 * SPEC §9 `partialRefunds.maxShare`: the partial refunds so far plus this one stay at or under
 * maxShare × S, compared exactly, without rounding (Fiverr: at most 60 % of the price).
 */
export function refuseAboveMaxShare(order: Order, amount: string, path: string): Refusal | undefined {
  const room = shareRoom(order);
  return room === null || new Dec(amount).lessThanOrEqualTo(room) ? undefined : aboveMaxShare(order, room, path);
}

/** Whether the cap leaves room for at least one minor unit more. */
export function refuseNoShareRoom(order: Order): Refusal | undefined {
  const room = shareRoom(order);
  return room === null || room.greaterThanOrEqualTo(minorUnitOf(order))
    ? undefined
    : aboveMaxShare(order, room, 'amount');
}

/** maxShare × S − partial refunds so far, or `null` without a cap; negative after a dispute split past it. */
function shareRoom(order: Order): Dec | null {
  const { maxShare } = order.policy.partialRefunds;
  return maxShare === null ? null : new Dec(order.escrow.subtotal).times(maxShare).minus(order.escrow.refundedItems);
}

function aboveMaxShare(order: Order, room: Dec, path: string): Refusal {
  const digits = digitsOf(order.currency);
  // The largest amount that fits, so rounded down: a bound, not a figure of money.
  const max = Dec.max(room, 0).toFixed(digits, Dec.ROUND_DOWN);
  return refuse(
    'INVALID_INPUT',
    refundAboveMaxShare,
    { path, maxShare: order.policy.partialRefunds.maxShare!, max },
    order.currency,
  );
}

function minorUnitOf(order: Order): Dec {
  return new Dec(`1e-${digitsOf(order.currency)}`);
}
