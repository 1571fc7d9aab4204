import { refuse, type Refusal } from '../errors';
import { heldByUsableHolder } from '../escrow/checkHolder';
import { isHeldAsOpen } from '../escrow/isHeldAsOpen';
import { isFinalStatus } from '../order/isFinalStatus';
import type { Order } from '../order/types';
import { toDurationParts } from '../time';
import { AMOUNT_PATTERN } from '../money/amountPattern';

const STATUSES = new Set(['pending', 'inProgress', 'delivered', 'revisionRequested', 'disputed', 'completed', 'cancelled', 'expired']);
const WORKING = new Set(['inProgress', 'delivered', 'revisionRequested', 'disputed']);
const DURATIONS = ['acceptanceWindow', 'lateGrace', 'reviewWindow', 'reviewWindowAfterRevisionDecline', 'cancellationResponse', 'revisionResponse', 'extensionResponse'] as const;

type Check = (value: unknown) => boolean;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isInteger: Check = (value) => Number.isInteger(value);
const isInstant: Check = (value) => isString(value) && !Number.isNaN(Date.parse(value as string));
const orNull = (check: Check): Check => (value) => value === null || check(value);
const isDuration: Check = (value) => toDurationParts(value) !== undefined;
const isActor: Check = (value) => isObject(value) && isString(value.role);
const isAmount: Check = (value) => isString(value) && AMOUNT_PATTERN.test(value as string);
/**
 * An object whose listed fields pass their checks. The field list is read once, here, and the
 * check is a plain loop: every command and query runs it, on every call.
 */
const shaped = (fields: Record<string, Check>): Check => {
  // Parallel arrays and an index loop: every command and query runs these checks.
  const keys = Object.keys(fields);
  const checks = keys.map((key) => fields[key]!);
  return (value) => {
    if (!isObject(value)) return false;
    for (let index = 0; index < keys.length; index += 1) if (!checks[index]!(value[keys[index]!])) return false;
    return true;
  };
};
const listOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);

const isPolicy = shaped({
  ...Object.fromEntries(DURATIONS.map((key) => [key, isDuration])),
  maxLifetime: orNull(isDuration),
  autoDisputeAfterDeclinedCancellations: orNull(isInteger),
  onCancellationTimeout: isString,
  onExpiry: isString,
  refundBuyerFee: shaped({ onCancel: (value) => typeof value === 'boolean', onPartialRefund: isString }),
});

/** The last history entry, whose instant the time-order check reads. */
const isLastChange = shaped({ at: isInstant });

const isOrderShape = shaped({
  id: isString,
  version: isInteger,
  buyer: shaped({ id: isString }),
  seller: shaped({ id: isString }),
  items: listOf(shaped({ id: isString })),
  extras: listOf(shaped({ id: isString, extraDays: isInteger })),
  offers: listOf(shaped({ id: isString, status: isString, price: isAmount, extraDays: isInteger })),
  policy: isPolicy,
  deliveryDays: isInteger,
  revisionDays: isInteger,
  maxRevisions: orNull(isInteger),
  placedAt: isInstant,
  acceptedAt: orNull(isInstant),
  deliveredAt: orNull(isInstant),
  deliveryDeadline: orNull(isInstant),
  reviewDeadline: orNull(isInstant),
  expiresAt: orNull(isInstant),
  lateSince: orNull(isInstant),
  revisions: shaped({ accepted: isInteger, declinedSinceDelivery: (value) => typeof value === 'boolean' }),
  revisionRequest: orNull(shaped({ deadline: isInstant, overdue: (value) => typeof value === 'boolean' })),
  declinedCancellations: isInteger,
  requests: shaped({
    cancellation: orNull(shaped({ by: isActor, deadline: isInstant })),
    extension: orNull(shaped({ days: isInteger, deadline: isInstant })),
    refund: orNull(shaped({ by: isActor, amount: isString })),
  }),
  dispute: orNull(shaped({ openedBy: isActor, openedAt: isInstant, from: isString })),
  eventIds: listOf(isString),
  history: (value) => Array.isArray(value) && value.length > 0 && isLastChange(value[value.length - 1]),
});

/**
 * The light check of the commands and queries (SPEC §2): the type of every field the library
 * reads, and the few status-dependent fields it dereferences, so that nothing downstream can
 * throw on a malformed order. It trusts the values of orders from this library or `parseOrder`;
 * full validation of untrusted JSON, money included, is `parseOrder`'s job.
 */
export function refuseUnusableOrder(value: unknown): Refusal | undefined {
  if (isUsable(value)) return undefined;
  return refuse('INVALID_ORDER', 'The order argument is not an order produced by sequestre (schemaVersion 1); load stored orders with parseOrder first.', {
    rule: 'order.shape',
  });
}

function isUsable(value: unknown): value is Order {
  if (!isObject(value) || value.schemaVersion !== 1 || !STATUSES.has(value.status as string) || !isOrderShape(value)) return false;
  const order = value as unknown as Order;
  if (WORKING.has(order.status) && order.deliveryDeadline === null) return false;
  if (order.status === 'delivered' && order.reviewDeadline === null) return false;
  if (order.status === 'revisionRequested' && order.revisionRequest === null) return false;
  if (order.status === 'disputed' && order.dispute === null) return false;
  const held = heldByUsableHolder(order);
  if (held === undefined) return false;
  // A final order moves no more money; an open one must hold what its figures promise.
  return isFinalStatus(order.status) || isHeldAsOpen(order, held);
}
