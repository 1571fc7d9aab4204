import type { Policy } from '../../../model/types';

/** The escrow operations that move money out of an open escrow (payments in are replayed apart). */
export type Operation = 'refundFull' | 'refundPartial' | 'release' | 'forfeit';

/**
 * Which transitions make each operation (SPEC §5), as the machine runs them: a posting whose cause
 * is not one of them was not made by the library. Deadline outcomes follow the order's policy.
 */
export function causesOf(operation: Operation, policy: Policy): readonly string[] {
  switch (operation) {
    case 'refundFull':
      return [
        'order.cancel',
        'order.decline',
        'cancellation.accept',
        'deadline.acceptance',
        'dispute.resolve',
        ...(policy.onCancellationTimeout === 'accept' ? ['deadline.cancellationResponse'] : []),
        ...(policy.onExpiry === 'refund' ? ['deadline.expiry'] : []),
      ];
    case 'refundPartial':
      return ['refund.accept', 'dispute.resolve'];
    case 'release':
      return [
        'order.complete',
        'deadline.review',
        'dispute.resolve',
        ...(policy.onExpiry === 'release' ? ['deadline.expiry'] : []),
      ];
    case 'forfeit':
      return policy.onExpiry === 'forfeit' ? ['deadline.expiry'] : [];
  }
}
