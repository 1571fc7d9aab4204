import { FINAL_STATUSES, type OrderStatus } from './vocabulary';

const FINAL: ReadonlySet<OrderStatus> = new Set(FINAL_STATUSES);

/** SPEC §5: completed, cancelled and expired are final; nothing changes them any more. */
export function isFinalStatus(status: OrderStatus): boolean {
  return FINAL.has(status);
}
