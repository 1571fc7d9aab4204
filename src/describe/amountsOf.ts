import { getBalances } from '../api/getBalances';
import { isFinalStatus } from '../model/isFinalStatus';
import type { Amount, Order } from '../model/types';
import type { Formatters } from './describeRequests';
import type { Messages } from './messages';
import {
  forfeitedOf,
  heldOf,
  isPositive,
  payoutOnCompletion,
  refundOnCancellation,
  revenueOnCompletion,
} from './moneyAtStake';
import type { AmountKind, DescribedAmount, Viewpoint } from './types';

/**
 * The amounts that concern the viewer (issue 13), each read from `getBalances` or the escrow
 * operation that would move it:
 * - while the order runs, the buyer sees what is held for them; the seller, what completion
 *   would pay them; the platform, both and what it would keep;
 * - while disputed, everyone sees what is held and the two ends a decision can reach: the full
 *   refund and the full payment of the seller;
 * - once final, what moved: the buyer's refund and the seller's payout for everyone, and what
 *   the platform kept for the platform, or for everyone when the order expired into a forfeit.
 */
export function amountsOf(
  order: Order,
  viewpoint: Viewpoint,
  messages: Messages,
  format: Formatters,
): DescribedAmount[] {
  const line = (kind: AmountKind, amount: Amount): DescribedAmount => ({
    kind,
    amount,
    text: messages.amounts[kind](format.amount(amount), viewpoint),
  });
  if (isFinalStatus(order.status)) {
    const { refunded, paidOut, revenue } = getBalances(order);
    const moved = [line('refunded', refunded), line('paidOut', paidOut)];
    // What the platform kept is its own affair, but for a forfeit: the money the buyer paid went to it.
    if (viewpoint === 'platform' || isPositive(forfeitedOf(order))) moved.push(line('revenue', revenue));
    return moved.filter((each) => isPositive(each.amount));
  }
  const held = line('held', heldOf(order));
  const payout = line('payoutOnCompletion', payoutOnCompletion(order));
  const revenue = () => line('revenueOnCompletion', revenueOnCompletion(order));
  if (order.status === 'disputed') {
    const ends = [held, line('refundOnCancellation', refundOnCancellation(order)), payout];
    return viewpoint === 'platform' ? [...ends, revenue()] : ends;
  }
  return { buyer: [held], seller: [payout], platform: [held, payout, revenue()] }[viewpoint];
}
