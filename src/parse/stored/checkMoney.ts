import { escrowFigures, invalidOrder, statusMoney } from '../../errors';
import type { EscrowState } from '../../model/escrow';
import type { Order } from '../../model/types';
import type { ReplayState } from './ledger/replayLedger';

const FIGURES = ['subtotal', 'tip', 'buyerFee', 'refundedItems', 'refundedTip', 'refundedBuyerFee'] as const;

/**
 * The stored escrow figures must be those the replay recomputed from the ledger (SPEC §12): a
 * partial refund's cents moved from the fee to the items would shift money between the seller
 * and the platform at completion.
 *
 * Refuses `INVALID_ORDER` naming the first figure that disagrees, with `details.expected`, through `refused`.
 */
export function checkFigures(stored: EscrowState, replayed: EscrowState): void {
  for (const figure of FIGURES) {
    if (stored[figure] !== replayed[figure]) {
      invalidOrder(escrowFigures, { path: `escrow.${figure}`, expected: replayed[figure] }, stored[figure]);
    }
  }
}

/**
 * The status must agree with how the money ended (SPEC §12): a completed order released the
 * escrow (paying the seller what was earned), a cancelled one refunded the buyer in full, an
 * expired one ended at the expiry; an open order has not ended its money. A final order then
 * holds nothing, since every ending operation empties the escrow.
 *
 * Refuses `INVALID_ORDER` with rule `status.money`, through `refused`.
 */
export function checkEnding(order: Pick<Order, 'status'>, terminal: ReplayState['terminal']): void {
  const { status } = order;
  const expected = ENDINGS[status];
  if (terminal === null) {
    if (expected !== null) invalidOrder(statusMoney, { path: 'status' }, status, null);
    return;
  }
  const ending = `${terminal.operation} (${terminal.cause})`;
  const stillOpen = expected === null;
  if (stillOpen || !expected(terminal)) invalidOrder(statusMoney, { path: 'status' }, status, ending, stillOpen);
}

type Ending = NonNullable<ReplayState['terminal']>;
const ENDINGS: Readonly<Record<Order['status'], ((ending: Ending) => boolean) | null>> = {
  pending: null,
  inProgress: null,
  delivered: null,
  revisionRequested: null,
  disputed: null,
  completed: ({ operation, cause }) => operation === 'release' && cause !== 'deadline.expiry',
  cancelled: ({ operation, cause }) => operation === 'refundFull' && cause !== 'deadline.expiry',
  expired: ({ cause }) => cause === 'deadline.expiry',
};
