import {
  currencyUnknown,
  DAYS_MAX,
  DAYS_MIN,
  eventIdsFingerprint,
  invalidOrder,
  orderSchemaVersion,
  type Parsed,
  parsing,
  RECORDS_MAX,
  REVISIONS_MAX,
  refused,
} from '../../errors';
import { READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION } from '../../model/schemaVersion';
import type { EventIdRecord, Order } from '../../model/types';
import { STATUSES } from '../../model/vocabulary';
import { minorDigits } from '../../money';
import { readPolicy } from '../parsePolicy';
import { readArray, readBoolean, readId, readObject } from '../readers';
import { checkIds } from './checkIds';
import { checkEnding, checkFigures } from './checkMoney';
import { checkPending } from './checkPending';
import { checkStatus } from './checkStatus';
import { type FieldReader, id, instant, integer, nullableInstant, oneOf, raw, readFields, readList } from './fields';
import { groupByVersion } from './ledger/groupByVersion';
import { type EscrowV1, migrateLedger } from './ledger/migrateLedger';
import { type LedgerFacts, type ReplayState, replayLedger, statedPartialRefund } from './ledger/replayLedger';
import { parseEscrow, parseEscrowV1 } from './parseEscrow';
import { checkHistory, parseHistory } from './parseHistory';
import { parseExtras, parseItems, parseOffers } from './parseItems';
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

const days = integer(DAYS_MIN, DAYS_MAX);
const count = integer(0, RECORDS_MAX);
const maxRevisions = integer(0, REVISIONS_MAX);
const party = (value: unknown, path: string): { id: string } => ({
  id: readId(readRecord(value, path, ['id']).id, `${path}.id`),
});

const REVISIONS = { accepted: count, declinedSinceDelivery: (flag: unknown, at: string) => readBoolean(flag, at) };

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
  policy: (value: unknown, path: string) => readPolicy(value, path),
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
  revisions: ((value, path, context) => readFields(value, path, REVISIONS, context)) as FieldReader,
  revisionRequest: parseRevisionRequest,
  declinedCancellations: count,
  requests: parseRequests,
  dispute: parseDispute,
  escrow: parseEscrow,
  eventIds: ((value, path, context) =>
    readList(readArray(value, path, RECORDS_MAX), path, (record, at) =>
      readFields(record, at, EVENT_ID, context),
    )) as FieldReader,
  history: parseHistory,
} satisfies Record<keyof Order, FieldReader>;

/** A fingerprint is SHA-256 in hex; schema 1 ids, migrated, have none. */
const FINGERPRINT = /^[0-9a-f]{64}$/;
const EVENT_ID = {
  id,
  fingerprint: (value: unknown, path: string) => {
    if (value !== null && (typeof value !== 'string' || !FINGERPRINT.test(value))) {
      invalidOrder(eventIdsFingerprint, { path });
    }
    return value;
  },
};

/**
 * A schema 1 order reads as a schema 2 one but for its escrow, migrated once the rest is read
 * (the migration replays the ledger, so it needs the items, fees and history), and its event ids,
 * plain strings that keep matching by id alone (SPEC §12).
 */
// Built in a function marked pure, since bundlers keep a top-level spread (it could run getters):
// an app that never parses stored orders then ships none of this parser.
const ORDER_V1 = /* @__PURE__ */ (() =>
  ({
    ...ORDER,
    policy: (value: unknown, path: string) => readPolicy(withSchema1Policy(value), path),
    escrow: parseEscrowV1,
    eventIds: ((value, path) =>
      readList(
        readArray(value, path, RECORDS_MAX),
        path,
        (eventId, at): EventIdRecord => ({ id: readId(eventId, at), fingerprint: null }),
      )) as FieldReader,
  }) satisfies Record<keyof Order, FieldReader>)();

/**
 * A schema 1 policy predates `sellerCancel` and `partialRefunds` (SPEC §9): it gets the values that
 * keep its behaviour, the seller cancelling alone and either party proposing any partial refund.
 * A copy, so the caller's JSON is never touched; anything but an object is left to `readPolicy`.
 */
function withSchema1Policy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return { sellerCancel: 'direct', partialRefunds: { proposers: ['buyer', 'seller'], maxShare: null }, ...value };
}

/**
 * The parser behind `parseOrder` and `safeParseOrder` (SPEC §12). It checks every field's type
 * and limits, refuses unknown fields and `__proto__`/`constructor`/`prototype` keys at any depth,
 * replays the ledger to recompute every escrow figure, checks that the final status agrees with
 * the money, that pending requests and deadlines still fit, and that the fields agree with the
 * status and the history. Schema 1 orders are migrated to schema 2.
 *
 * @param value - A stored order. It is never mutated.
 * @returns A new `Order`, deep-equal to what the library stored, never the argument itself; or the
 * `INVALID_ORDER` refusal of the first thing wrong, with `details.path` and `details.rule`.
 */
export function parseStoredOrder(value: unknown): Parsed<Order> {
  const parsed = parsing(() => readStoredOrder(value));
  if (parsed.ok || parsed.refusal.code === 'INVALID_ORDER') return parsed;
  // The readers shared with input validation speak INVALID_INPUT; here every refusal is the order's.
  return { ok: false, refusal: { ...parsed.refusal, code: 'INVALID_ORDER' } };
}

function readStoredOrder(value: unknown): Order {
  const record = readObject(value, 'order');
  if (record.schemaVersion === SCHEMA_VERSION) return readOrder(record, ORDER);
  if (record.schemaVersion === 1) return readOrder(record, ORDER_V1);
  return invalidOrder(
    orderSchemaVersion,
    { path: 'schemaVersion', expected: READABLE_SCHEMA_VERSIONS },
    record.schemaVersion,
  );
}

function readOrder(value: Record<string, unknown>, fields: typeof ORDER | typeof ORDER_V1): Order {
  const record = readRecord(value, '', Object.keys(ORDER));
  const digits = minorDigits(record.currency);
  if (digits === undefined) invalidOrder(currencyUnknown, { path: 'currency' });
  const parties = { buyer: party(record.buyer, 'buyer').id, seller: party(record.seller, 'seller').id };
  const read = readFields<Order>(record, '', fields, { digits, parties });
  checkIds(read);
  const status = checkStatus(read);
  if (status !== undefined) refused(status);
  checkHistory(read.history, read.version, read.placedAt);
  const facts: LedgerFacts = {
    currency: read.currency,
    fees: read.fees,
    policy: read.policy,
    items: read.items,
    extras: read.extras,
    tip: read.escrow.tip,
    digits,
  };
  let order = read;
  let replayed: ReplayState;
  if (fields === ORDER) {
    replayed = replayLedger(groupByVersion(read.escrow.ledger, read.history), facts, statedPartialRefund);
    checkFigures(read.escrow, replayed.holder.escrow);
  } else {
    replayed = migrateLedger(read.escrow as unknown as EscrowV1, read.history, facts);
    order = { ...read, escrow: replayed.holder.escrow };
  }
  checkEnding(order, replayed.terminal);
  checkPending(order);
  return order;
}
