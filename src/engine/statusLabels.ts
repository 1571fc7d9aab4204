import type { OrderStatus } from '../model/types';

/** How messages name a status. */
export const STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending: 'pending (waiting for the seller to accept)',
  inProgress: 'in progress',
  delivered: 'delivered (waiting for the buyer to review)',
  revisionRequested: 'waiting for the seller to answer a revision request',
  disputed: 'frozen by a dispute',
  completed: 'completed',
  cancelled: 'cancelled',
  expired: 'expired',
};
