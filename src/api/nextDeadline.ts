import { earliestDeadline } from '../deadlines';
import { toError } from '../errors';
import type { DeadlineKind, Order } from '../model/types';
import { refuseUnusableOrder } from '../parse/checkOrder';

/**
 * The earliest pending deadline of an order and its kind, or null for final and disputed orders
 * (SPEC §6). Schedule one `clock.tick` at `at`; a tick that comes early or twice changes nothing.
 *
 * @throws SequestreError `INVALID_ORDER` for an argument that is not an order.
 * @example
 * const next = nextDeadline(order); if (next) await queue.schedule(order.id, next.at);
 */
export function nextDeadline(order: Order): { at: string; kind: DeadlineKind } | null {
  const unusable = refuseUnusableOrder(order);
  if (unusable !== undefined) throw toError(unusable);
  const next = earliestDeadline(order);
  return next === null ? null : { at: next.at, kind: next.kind };
}
