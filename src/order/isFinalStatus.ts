import type { OrderStatus } from './types';

/** SPEC §5: completed, cancelled and expired are final; nothing changes them any more. */
export function isFinalStatus(status: OrderStatus): boolean {
  return status === 'completed' || status === 'cancelled' || status === 'expired';
}
