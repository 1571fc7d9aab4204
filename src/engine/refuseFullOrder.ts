import { orderRecordsFull, RECORDS_MAX, RECORDS_RESERVE, type Refusal, refuse } from '../errors';
import type { Order, OrderEvent } from '../model/types';

/** Platform events that end or restart an order stay possible however full it is. */
const CLOSING = new Set<OrderEvent['type']>(['order.cancel', 'dispute.resolve']);

/**
 * A limit on everything (TIGER_STYLE): an order keeps at most `RECORDS_MAX` history entries,
 * event ids, offers and extras, so that `parseOrder` reads back whatever `applyEvent` wrote. Party
 * events stop a reserve short of it; deadlines and the platform's closing events fit in the
 * reserve, so a full order can still end. The system's one event, `clock.tick`, never comes here:
 * `applyEvent` applies the deadlines before it asks, and `actionVerdicts` offers the system everything.
 */
export function refuseFullOrder(
  order: Order,
  event: Pick<OrderEvent, 'type' | 'by'>,
  full = isOrderFull(order),
): Refusal | undefined {
  if (!full || (event.by.role === 'platform' && CLOSING.has(event.type))) return undefined;
  return refuse('LIMIT_REACHED', orderRecordsFull, { limit: RECORDS_MAX });
}

/** Whether any record list has reached the reserve. */
export function isOrderFull(order: Order): boolean {
  return (
    Math.max(order.history.length, order.eventIds.length, order.offers.length, order.extras.length) >=
    RECORDS_MAX - RECORDS_RESERVE
  );
}
