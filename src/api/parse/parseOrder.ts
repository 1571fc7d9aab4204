import { DAYS_MAX, DAYS_MIN, RECORDS_MAX, REVISIONS_MAX, SequestreError } from '../../errors';
import { readArray, readBoolean, readEnum, readId, readInteger } from '../../input';
import { minorDigits } from '../../money';
import { parsePolicy } from '../../order/policy/parsePolicy';
import type { Order, OrderStatus } from '../../order/types';
import { checkBalances } from './checkBalances';
import { checkIds } from './checkIds';
import { checkPayments } from './checkPayments';
import { checkStatus } from './checkStatus';
import { invalidOrder } from './invalidOrder';
import { migrateOrder, SCHEMA_VERSION } from './migrateOrder';
import { parseExtras, parseItems, parseOffers } from './parseItems';
import { parseEscrow } from './parseEscrow';
import { checkHistory, parseHistory } from './parseHistory';
import { parseDispute, parseRequests, parseRevisionRequest } from './parseRequests';
import { parseStoredFees } from './parseStoredFees';
import { readInstant, readNullableInstant } from './readInstant';
import { readRecord } from './readRecord';

/**
 * SPEC §12. Invariants of what `parseOrder` returns: it is a fresh plain copy, built field by
 * field, that shares no object with its argument; its keys come in the order of the `Order`
 * type; it has every field of `Order` and no other, nowhere; it satisfies every check below, so
 * `applyEvent` can trust it. Refusals are always `INVALID_ORDER` with `details.path` and
 * `details.rule`.
 */

const ORDER_KEYS: readonly (keyof Order)[] = [
  'schemaVersion', 'id', 'version', 'status', 'currency', 'buyer', 'seller', 'items', 'extras', 'offers', 'fees', 'policy',
  'deliveryDays', 'revisionDays', 'maxRevisions', 'placedAt', 'acceptedAt', 'deliveredAt', 'deliveryDeadline', 'reviewDeadline',
  'expiresAt', 'lateSince', 'revisions', 'revisionRequest', 'declinedCancellations', 'requests', 'dispute', 'escrow', 'eventIds', 'history',
];
const STATUSES: readonly OrderStatus[] = ['pending', 'inProgress', 'delivered', 'revisionRequested', 'disputed', 'completed', 'cancelled', 'expired'];
const CODE = 'INVALID_ORDER';

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
  const record = readRecord(value, '', ORDER_KEYS);
  const digits = minorDigits(record.currency);
  if (digits === undefined) invalidOrder('currency', 'currency.unknown', 'currency must be an active ISO 4217 code in upper case, such as "EUR", "USD" or "JPY".');
  const buyer = readParty(record.buyer, 'buyer');
  const seller = readParty(record.seller, 'seller');
  const parties = { buyer: buyer.id, seller: seller.id };
  const order: Order = {
    schemaVersion: SCHEMA_VERSION,
    id: readId(record.id, 'id', CODE),
    version: readInteger(record.version, 'version', 1, RECORDS_MAX, CODE),
    status: readEnum(record.status, 'status', STATUSES, CODE),
    currency: record.currency as string,
    buyer,
    seller,
    items: parseItems(record.items, digits),
    extras: parseExtras(record.extras, digits),
    offers: parseOffers(record.offers, digits),
    fees: parseStoredFees(record.fees, digits),
    policy: parsePolicy(record.policy, 'policy', CODE),
    deliveryDays: readInteger(record.deliveryDays, 'deliveryDays', DAYS_MIN, DAYS_MAX, CODE),
    revisionDays: readInteger(record.revisionDays, 'revisionDays', DAYS_MIN, DAYS_MAX, CODE),
    maxRevisions: record.maxRevisions === null ? null : readInteger(record.maxRevisions, 'maxRevisions', 0, REVISIONS_MAX, CODE),
    placedAt: readInstant(record.placedAt, 'placedAt'),
    acceptedAt: readNullableInstant(record.acceptedAt, 'acceptedAt'),
    deliveredAt: readNullableInstant(record.deliveredAt, 'deliveredAt'),
    deliveryDeadline: readNullableInstant(record.deliveryDeadline, 'deliveryDeadline'),
    reviewDeadline: readNullableInstant(record.reviewDeadline, 'reviewDeadline'),
    expiresAt: readNullableInstant(record.expiresAt, 'expiresAt'),
    lateSince: readNullableInstant(record.lateSince, 'lateSince'),
    revisions: readRevisions(record.revisions),
    revisionRequest: parseRevisionRequest(record.revisionRequest),
    declinedCancellations: readInteger(record.declinedCancellations, 'declinedCancellations', 0, RECORDS_MAX, CODE),
    requests: parseRequests(record.requests, digits, parties),
    dispute: parseDispute(record.dispute, parties),
    escrow: parseEscrow(record.escrow, digits),
    eventIds: readArray(record.eventIds, 'eventIds', RECORDS_MAX, CODE).map((id, i) => readId(id, `eventIds[${i}]`, CODE)),
    history: parseHistory(record.history, parties),
  };
  checkIds(order);
  checkStatus(order);
  checkHistory(order.history, order.version, order.placedAt);
  checkBalances(order, digits);
  checkPayments(order, digits);
  return order;
}

function readParty(value: unknown, path: 'buyer' | 'seller'): { id: string } {
  return { id: readId(readRecord(value, path, ['id']).id, `${path}.id`, CODE) };
}

function readRevisions(value: unknown): Order['revisions'] {
  const revisions = readRecord(value, 'revisions', ['accepted', 'declinedSinceDelivery']);
  return {
    accepted: readInteger(revisions.accepted, 'revisions.accepted', 0, RECORDS_MAX, CODE),
    declinedSinceDelivery: readBoolean(revisions.declinedSinceDelivery, 'revisions.declinedSinceDelivery', CODE),
  };
}
