import { DEADLINE_KINDS, deadlineOf } from '../../deadlines';
import {
  deadlineBeforeLastChange,
  invalidOrder,
  requestRefundAboveMaxShare,
  requestRefundProposer,
  requestRefundTooLarge,
} from '../../errors';
import { figuresOf, leftOf } from '../../escrow/figures';
import type { Order } from '../../model/types';
import { Dec, toAmount } from '../../money';

/**
 * What is pending must still be possible (SPEC §12), so that the order answers as an untampered
 * one would:
 * - a pending partial refund proposal stays below what is left of the items, as it was when
 *   proposed (every partial refund since would have been refused past it), comes from a role the
 *   policy lets propose, and keeps to the policy's `maxShare` (SPEC §9);
 * - no pending deadline is earlier than the order's last change: every change applies the
 *   deadlines due before it, so one left behind was never there. Deadlines frozen by a dispute
 *   and a late order's passed delivery deadline have fired, and are not pending.
 *
 * Refuses `INVALID_ORDER` naming the request or deadline, through `refused`.
 */
export function checkPending(order: Order): void {
  const proposal = order.requests.refund;
  if (proposal !== null) {
    const figures = figuresOf(order);
    const left = leftOf(figures).items;
    if (!new Dec(proposal.amount).lessThan(left)) {
      invalidOrder(
        requestRefundTooLarge,
        { path: 'requests.refund.amount' },
        proposal.amount,
        toAmount(left, figures.digits),
      );
    }
    const { proposers, maxShare } = order.policy.partialRefunds;
    if (!(proposers as readonly string[]).includes(proposal.by.role))
      invalidOrder(requestRefundProposer, { path: 'requests.refund.by.role' }, proposal.by.role);
    if (
      maxShare !== null &&
      new Dec(order.escrow.refundedItems)
        .plus(proposal.amount)
        .greaterThan(new Dec(order.escrow.subtotal).times(maxShare))
    ) {
      invalidOrder(requestRefundAboveMaxShare, { path: 'requests.refund.amount' }, proposal.amount, maxShare);
    }
  }
  const lastChange = order.history[order.history.length - 1]!.at;
  for (const kind of DEADLINE_KINDS) {
    const at = deadlineOf(order, kind);
    if (at !== null && Date.parse(at) < Date.parse(lastChange)) {
      invalidOrder(deadlineBeforeLastChange, { path: pathOf(kind) }, kind, at, lastChange);
    }
  }
}

function pathOf(kind: (typeof DEADLINE_KINDS)[number]): string {
  switch (kind) {
    case 'acceptance':
      return 'placedAt';
    case 'delivery':
      return 'deliveryDeadline';
    case 'review':
      return 'reviewDeadline';
    case 'cancellationResponse':
      return 'requests.cancellation.deadline';
    case 'extensionResponse':
      return 'requests.extension.deadline';
    case 'revisionResponse':
      return 'revisionRequest.deadline';
    case 'expiry':
      return 'expiresAt';
  }
}
