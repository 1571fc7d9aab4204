import {
  AUTO_DISPUTE_DECLINES_MAX,
  AUTO_DISPUTE_DECLINES_MIN,
  DAYS_MAX,
  DAYS_MIN,
  EXTRA_DAYS_MAX,
  ID_LENGTH_MAX,
  ITEMS_MAX,
  orderSchemaOutdated,
  orderShape,
  RECORDS_MAX,
  REVISIONS_MAX,
  type Refusal,
  refuse,
  TEXT_LENGTH_MAX,
} from '../errors';
import { isFinalStatus } from '../model/isFinalStatus';
import type { Policy } from '../model/policy';
import { SCHEMA_VERSION } from '../model/schemaVersion';
import type { Order } from '../model/types';
import {
  CANCELLATION_TIMEOUT_OUTCOMES,
  EXPIRY_OUTCOMES,
  EXTRA_KINDS,
  OFFER_STATUSES,
  PARTIAL_FEE_RULES,
  PARTIES,
  ROLES,
  SELLER_CANCEL_RULES,
  STATUSES,
  WORKING_STATUSES,
} from '../model/vocabulary';
import { minorDigits } from '../money';
import { minorUnits } from '../money/minorUnits';
import { RATE_PATTERN } from '../money/parseRate';
import { isAtMost100Years, isCanonicalInstant, toDurationParts } from '../time';
import { heldByUsableHolder, isAmount } from './checkHolder';
import { isHeldAsOpen } from './isHeldAsOpen';
import { checkStatus } from './stored/checkStatus';

/**
 * The light check of every command and query (SPEC §2): `applyEvent` and the queries trust
 * orders from this library or `parseOrder`, and check just enough of any other argument that
 * nothing downstream can throw. That is more than types: every enum and range the code relies on
 * (a status, a policy outcome, `extraDays` within 0–365, a duration of at most 100 years, an
 * amount with the currency's digits, an instant in the library's form), the fields each status
 * must carry, an escrow whose ledger can be routed and holds what its figures promise, and a
 * pending refund proposal that still fits. Full validation of untrusted JSON (ids unique, the
 * ledger replayed, the history consistent) is `parseOrder`'s job.
 */
export function refuseUnusableOrder(value: unknown): Refusal | undefined {
  if (isObject(value) && value.schemaVersion === 1) return refuse('INVALID_ORDER', orderSchemaOutdated, {});
  return isUsable(value) ? undefined : refuse('INVALID_ORDER', orderShape, {}, SCHEMA_VERSION);
}

function isUsable(value: unknown): value is Order {
  if (!isObject(value) || value.schemaVersion !== SCHEMA_VERSION) return false;
  const digits = minorDigits(value.currency);
  if (digits === undefined || !ORDER_CHECK(value, digits)) return false;
  const order = value as unknown as Order;
  // The fields each status carries, as the machine leaves them (shared with `parseOrder`): the
  // deadlines and records a status's transitions dereference, and requests only where handled.
  if (checkStatus(order) !== undefined) return false;
  const held = heldByUsableHolder(order);
  if (held === undefined) return false;
  // A final order moves no more money; an open one must hold what its figures promise.
  if (isFinalStatus(order.status)) return true;
  return isHeldAsOpen(order, held) && isRefundProposalInRange(order, digits);
}

/** A check of one value; `digits` are the order's currency's minor-unit digits. */
type Check = (value: unknown, digits: number) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
const isId: Check = (value) => typeof value === 'string' && value.length > 0 && value.length <= ID_LENGTH_MAX;
const isText: Check = (value) => typeof value === 'string' && value.length <= TEXT_LENGTH_MAX;
const isOptionalText: Check = (value) => value === undefined || isText(value, 0);
const isPositiveAmount: Check = (value, digits) => isAmount(value, digits) && /[1-9]/.test(value);
const integer =
  (min: number, max: number): Check =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const oneOf =
  (...allowed: readonly unknown[]): Check =>
  (value) =>
    allowed.includes(value);
const orNull =
  (check: Check): Check =>
  (value, digits) =>
    value === null || check(value, digits);
/** An instant as the library writes it: `toISOString()` form, so always within the four-digit years. */
const isInstant: Check = (value) => typeof value === 'string' && isCanonicalInstant(value);
const isDuration =
  (allowZero: boolean): Check =>
  (value) => {
    const parts = toDurationParts(value);
    return parts !== undefined && isAtMost100Years(parts) && (allowZero || parts.months > 0 || parts.ms > 0);
  };
/** Distinct parties: the refund rules read them as a set. */
const isProposers: Check = (value) =>
  Array.isArray(value) &&
  value.length <= PARTIES.length &&
  value.every((role, index) => PARTIES.includes(role) && value.indexOf(role) === index);
const isActor =
  (...roles: readonly string[]): Check =>
  (value) =>
    isObject(value) &&
    roles.includes(value.role as string) &&
    (value.id === undefined ? value.role !== 'buyer' && value.role !== 'seller' : isId(value.id, 0));

/** An object whose listed fields pass their checks; the keys are read once, here. */
function shaped<T>(fields: { readonly [K in keyof T]-?: Check }): Check {
  const keys = Object.keys(fields) as (keyof T & string)[];
  const checks = keys.map((key) => fields[key]);
  return (value, digits) => isObject(value) && matchesAll(value, keys, checks, digits);
}

// An index loop over parallel arrays: every command and query runs these checks.
function matchesAll(
  value: Record<string, unknown>,
  keys: readonly string[],
  checks: readonly Check[],
  digits: number,
): boolean {
  for (let index = 0; index < keys.length; index += 1) if (!checks[index]!(value[keys[index]!], digits)) return false;
  return true;
}

/** A list of at least `min` and at most `max` entries, each passing `check`. */
const listOf =
  (check: Check, min: number, max: number): Check =>
  (value, digits) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (const entry of value) if (!check(entry, digits)) return false;
    return true;
  };

const POLICY = shaped<Policy>({
  name: isText,
  acceptanceWindow: orNull(isDuration(false)),
  lateGrace: orNull(isDuration(true)),
  reviewWindow: isDuration(false),
  reviewWindowAfterRevisionDecline: isDuration(false),
  cancellationResponse: isDuration(false),
  onCancellationTimeout: oneOf(...CANCELLATION_TIMEOUT_OUTCOMES),
  autoDisputeAfterDeclinedCancellations: orNull(integer(AUTO_DISPUTE_DECLINES_MIN, AUTO_DISPUTE_DECLINES_MAX)),
  revisionResponse: orNull(isDuration(false)),
  extensionResponse: isDuration(false),
  maxLifetime: orNull(isDuration(false)),
  onExpiry: oneOf(...EXPIRY_OUTCOMES),
  refundBuyerFee: shaped<Policy['refundBuyerFee']>({
    onCancel: isBoolean,
    onPartialRefund: oneOf(...PARTIAL_FEE_RULES),
  }),
  sellerCancel: oneOf(...SELLER_CANCEL_RULES),
  partialRefunds: shaped<Policy['partialRefunds']>({
    proposers: isProposers,
    maxShare: orNull((value) => typeof value === 'string' && RATE_PATTERN.test(value)),
  }),
});

const PARTY = shaped<Order['buyer']>({ id: isId });
const days = integer(DAYS_MIN, DAYS_MAX);
const extraDays = integer(0, EXTRA_DAYS_MAX);
const count = integer(0, RECORDS_MAX);
/**
 * The last history entry: the time-order check reads its instant, and `describeOrder` reads from it
 * how and by whom a final order was closed. Only the last one is checked, so that the check stays
 * constant-time; readers of older entries must not trust their shape.
 */
const LAST_CHANGE = shaped<{ at: string; type: string; by: { role: string } }>({
  at: isInstant,
  type: isString,
  by: shaped<{ role: string }>({ role: oneOf(...ROLES) }),
});

/** Every field of `Order` and what the code relies on in it; the compiler names any field left out. */
const ORDER: { readonly [K in keyof Order]-?: Check } = {
  schemaVersion: oneOf(SCHEMA_VERSION),
  id: isId,
  version: integer(1, RECORDS_MAX),
  status: oneOf(...STATUSES),
  currency: isString,
  buyer: PARTY,
  seller: PARTY,
  items: listOf(shaped<Order['items'][number]>({ id: isId, label: isText, price: isPositiveAmount }), 1, ITEMS_MAX),
  extras: listOf(
    shaped<Order['extras'][number]>({
      kind: oneOf(...EXTRA_KINDS),
      id: isId,
      label: isText,
      price: isPositiveAmount,
      extraDays,
      paymentId: isId,
      at: isInstant,
    }),
    0,
    RECORDS_MAX,
  ),
  offers: listOf(
    shaped<Order['offers'][number]>({
      id: isId,
      label: isText,
      price: isPositiveAmount,
      extraDays,
      proposedAt: isInstant,
      status: oneOf(...OFFER_STATUSES),
    }),
    0,
    RECORDS_MAX,
  ),
  // Checked with the escrow, by `heldByUsableHolder`.
  fees: isObject,
  policy: POLICY,
  deliveryDays: days,
  revisionDays: days,
  maxRevisions: orNull(integer(0, REVISIONS_MAX)),
  placedAt: isInstant,
  acceptedAt: orNull(isInstant),
  deliveredAt: orNull(isInstant),
  deliveryDeadline: orNull(isInstant),
  reviewDeadline: orNull(isInstant),
  expiresAt: orNull(isInstant),
  lateSince: orNull(isInstant),
  revisions: shaped<Order['revisions']>({ accepted: count, declinedSinceDelivery: isBoolean }),
  revisionRequest: orNull(
    shaped<NonNullable<Order['revisionRequest']>>({
      at: isInstant,
      deadline: isInstant,
      overdue: isBoolean,
      message: isOptionalText,
    }),
  ),
  declinedCancellations: count,
  requests: shaped<Order['requests']>({
    cancellation: orNull(
      shaped<NonNullable<Order['requests']['cancellation']>>({
        by: isActor(...PARTIES),
        at: isInstant,
        deadline: isInstant,
        reason: isOptionalText,
      }),
    ),
    extension: orNull(
      shaped<NonNullable<Order['requests']['extension']>>({
        days,
        at: isInstant,
        deadline: isInstant,
        reason: isOptionalText,
      }),
    ),
    refund: orNull(
      shaped<NonNullable<Order['requests']['refund']>>({
        by: isActor(...PARTIES),
        amount: isPositiveAmount,
        at: isInstant,
        reason: isOptionalText,
      }),
    ),
  }),
  dispute: orNull(
    shaped<NonNullable<Order['dispute']>>({
      openedBy: isActor(...ROLES),
      openedAt: isInstant,
      from: oneOf(...WORKING_STATUSES),
      reason: isOptionalText,
    }),
  ),
  // Checked by `heldByUsableHolder`, which also sums the ledger.
  escrow: isObject,
  eventIds: listOf(shaped<Order['eventIds'][number]>({ id: isId, fingerprint: orNull(isString) }), 0, RECORDS_MAX),
  history: (value, digits) =>
    Array.isArray(value) &&
    value.length > 0 &&
    value.length <= RECORDS_MAX &&
    LAST_CHANGE(value[value.length - 1], digits),
};
const ORDER_CHECK = shaped<Order>(ORDER);

/** A pending partial refund proposal stays below what is left of the items, or accepting it could not be paid. */
function isRefundProposalInRange(order: Order, digits: number): boolean {
  const proposal = order.requests.refund;
  if (proposal === null) return true;
  const left = minorUnits(order.escrow.subtotal, digits) - minorUnits(order.escrow.refundedItems, digits);
  return minorUnits(proposal.amount, digits) < left;
}
