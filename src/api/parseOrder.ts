import { orThrow } from '../errors';
import type { Order } from '../model/types';
import { parseStoredOrder } from '../parse/stored/parseStoredOrder';

/**
 * Validates untrusted JSON from a database or a client and returns the order as the library
 * would have produced it (SPEC §12): every field's type and limits, no unknown field and no
 * `__proto__` key, the ledger replayed, the status, the history and what is pending consistent
 * with the money. Schema 1 orders are migrated to schema 2. Due deadlines are not applied: that
 * is `applyEvent`'s job. Whatever it returns can go to every function without an exception.
 *
 * @param value - A stored order, typically `JSON.parse` of what was saved (not the JSON text). It is never mutated.
 * @returns A new `Order`, deep-equal to what the library stored, never the argument itself.
 * @throws SequestreError `INVALID_ORDER` for anything it refuses, with `details.path` (the
 * field, as `escrow.ledger[2].amount`) and `details.rule` (as `amount.notCanonical`).
 * @example
 * const order = parseOrder(JSON.parse(row.order_json));
 * const result = applyEvent(order, event);
 */
export function parseOrder(value: unknown): Order {
  return orThrow(parseStoredOrder(value));
}
