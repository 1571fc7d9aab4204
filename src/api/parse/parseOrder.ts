import { DAYS_MAX, DAYS_MIN, RECORDS_MAX, REVISIONS_MAX, SequestreError } from '../../errors';
import { readArray, readBoolean, readId } from '../../input';
import { minorDigits } from '../../money';
import { parsePolicy } from '../../order/policy/parsePolicy';
import type { Order, OrderStatus } from '../../order/types';
import { checkBalances } from './checkBalances';
import { checkIds } from './checkIds';
import { checkPayments } from './checkPayments';
import { checkStatus } from './checkStatus';
import { id, instant, integer, nullableInstant, oneOf, raw, readFields, readList, type FieldReader } from './fields';
import { invalidOrder } from './invalidOrder';
import { migrateOrder, SCHEMA_VERSION } from './migrateOrder';
import { parseExtras, parseItems, parseOffers } from './parseItems';
import { parseEscrow } from './parseEscrow';
import { checkHistory, parseHistory } from './parseHistory';
import { parseDispute, parseRequests, parseRevisionRequest } from './parseRequests';
import { parseStoredFees } from './parseStoredFees';
import { readRecord } from './readRecord';

/**
 * SPEC §12. Invariants of what `parseOrder` returns: it is a fresh plain copy, built field by
 * field, that shares no object with its argument; its keys come in the order of the `Order`
 * type; it has every field of `Order` and no other, nowhere; it satisfies every check below, so
 * `applyEvent` can trust it. Refusals are always `INVALID_ORDER` with `details.path` and
 * `details.rule`.
 */

const CODE = 'INVALID_ORDER';
const STATUSES: readonly OrderStatus[] = ['pending', 'inProgress', 'delivered', 'revisionRequested', 'disputed', 'completed', 'cancelled', 'expired'];
const days = integer(DAYS_MIN, DAYS_MAX);
const count = integer(0, RECORDS_MAX);
const maxRevisions = integer(0, REVISIONS_MAX);
const party = (value: unknown, path: string): { id: string } => ({ id: readId(readRecord(value, path, ['id']).id, `${path}.id`) });

/** Every field of `Order`, in the order of the type, which is also the order of the result. */
const ORDER = {
  schemaVersion: () => SCHEMA_VERSION,
  id,
  version: integer(1, RECORDS_MAX),
  status: oneOf(STATUSES),
  currency: raw,
  buyer: party,
  seller: party,
  items: parseItems,
  extras: parseExtras,
  offers: parseOffers,
  fees: parseStoredFees,
  policy: (value: unknown, path: string) => parsePolicy(value, path),
  deliveryDays: days,
  revisionDays: days,
  maxRevisions: ((value, path, context) => (value === null ? null : maxRevisions(value, path, context))) as FieldReader,
  placedAt: instant,
  acceptedAt: nullableInstant,
  deliveredAt: nullableInstant,
  deliveryDeadline: nullableInstant,
  reviewDeadline: nullableInstant,
  expiresAt: nullableInstant,
  lateSince: nullableInstant,
  revisions: ((value, path, context) =>
    readFields(value, path, { accepted: count, declinedSinceDelivery: (flag: unknown, at: string) => readBoolean(flag, at) }, context)) as FieldReader,
  revisionRequest: parseRevisionRequest,
  declinedCancellations: count,
  requests: parseRequests,
  dispute: parseDispute,
  escrow: parseEscrow,
  eventIds: ((value, path) => readList(readArray(value, path, RECORDS_MAX), path, (eventId, at) => readId(eventId, at))) as FieldReader,
  history: parseHistory,
} satisfies Record<keyof Order, FieldReader>;

/**
 * Validates untrusted JSON from a database or a client and returns the order as the library
 * would have produced it. Older schema versions are migrated first (none exist yet). It checks
 * every field's type and limits, refuses unknown fields and `__proto__`/`constructor`/`prototype`
 * keys at any depth, and checks that the money adds up (SPEC §7.5) and that the fields agree
 * with the status and the history. It does not apply due deadlines: that is `applyEvent`'s job.
 *
 * @param value - A stored order, typically `JSON.parse` of what was saved. It is never mutated.
 * @returns A new `Order`, deep-equal to what the library stored, never the argument itself.
 * @throws SequestreError `INVALID_ORDER` for anything it refuses, with `details.path` (the
 * field, as `escrow.ledger[2].amount`) and `details.rule` (as `amount.notCanonical`).
 * @example
 * const order = parseOrder(JSON.parse(row.order_json));
 * const result = applyEvent(order, event);
 */
export function parseOrder(value: unknown): Order {
  try {
    return readOrder(migrateOrder(value));
  } catch (error) {
    // The helpers shared with input validation speak INVALID_INPUT; here every refusal is the order's.
    if (error instanceof SequestreError && error.code !== CODE) throw new SequestreError(CODE, error.message, error.details);
    throw error;
  }
}

function readOrder(value: Record<string, unknown>): Order {
  const record = readRecord(value, '', Object.keys(ORDER));
  const digits = minorDigits(record.currency);
  if (digits === undefined) invalidOrder('currency', 'currency.unknown', 'currency must be an active ISO 4217 code in upper case, such as "EUR", "USD" or "JPY".');
  const parties = { buyer: party(record.buyer, 'buyer').id, seller: party(record.seller, 'seller').id };
  const order = readFields<Order>(record, '', ORDER, { digits, parties });
  checkIds(order);
  checkStatus(order);
  checkHistory(order.history, order.version, order.placedAt);
  checkBalances(order, digits);
  checkPayments(order, digits);
  return order;
}
