import type { Order, Role } from '../model/types';
import { isPositive, refundedByDecision } from './moneyAtStake';
import type { DescribedEnding, Ending } from './types';

/**
 * Why a final order ended, read from the history entry of the transition that closed it (the last
 * one: nothing is recorded after a final status) and, for a dispute's decision, from the money it
 * moved. A closing entry this version does not know (written by a newer one) is told by the
 * status alone.
 */
export function endingOf(order: Order): DescribedEnding {
  const last = order.history[order.history.length - 1]!;
  return { ending: endingFrom(order, last.type, last.by.role), by: last.by.role, at: last.at };
}

function endingFrom(order: Order, type: string, by: Role): Ending {
  switch (type) {
    case 'order.decline':
      return 'declined';
    case 'deadline.acceptance':
      return 'notAccepted';
    case 'order.cancel':
      // SPEC §5: a buyer cancels alone an accepted order only once it is late (support-en 1767).
      return by === 'buyer' && order.acceptedAt !== null ? 'cancelledLate' : 'cancelled';
    case 'cancellation.accept':
      return 'cancelledByAgreement';
    case 'deadline.cancellationResponse':
      return 'cancellationUnanswered';
    case 'dispute.resolve':
      if (order.status === 'cancelled') return 'refundedByDecision';
      return isPositive(refundedByDecision(order)) ? 'splitByDecision' : 'releasedByDecision';
    case 'order.complete':
      return 'completed';
    case 'deadline.review':
      return 'completedAutomatically';
    case 'deadline.expiry':
      return 'expired';
    default:
      return order.status === 'completed' ? 'completed' : order.status === 'expired' ? 'expired' : 'cancelled';
  }
}
