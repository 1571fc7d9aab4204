import { refuse, type Refusal } from '../errors';
import { checkHolder } from '../escrow/checkHolder';
import type { Order } from '../order/types';
import { toDurationParts } from '../time';

const STATUSES = new Set(['pending', 'inProgress', 'delivered', 'revisionRequested', 'disputed', 'completed', 'cancelled', 'expired']);
const DURATIONS = ['acceptanceWindow', 'lateGrace', 'reviewWindow', 'reviewWindowAfterRevisionDecline', 'cancellationResponse', 'revisionResponse', 'extensionResponse'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isInstantOrNull = (value: unknown) => value === null || (isString(value) && !Number.isNaN(Date.parse(value)));

/**
 * The light shape check of the commands and queries (SPEC §2): enough that nothing downstream
 * can throw on the order's shape. It trusts orders from this library or `parseOrder`; a full
 * validation of untrusted JSON is `parseOrder`'s job.
 */
export function refuseUnusableOrder(value: unknown): Refusal | undefined {
  if (!isUsable(value)) {
    return refuse('INVALID_ORDER', 'The order argument is not an order produced by sequestre (schemaVersion 1); load stored orders with parseOrder first.', {
      rule: 'order.shape',
    });
  }
  return undefined;
}

function isUsable(value: unknown): value is Order {
  if (!isObject(value) || value.schemaVersion !== 1 || !STATUSES.has(value.status as string)) return false;
  const order = value as unknown as Order;
  try {
    checkHolder(order);
  } catch {
    return false;
  }
  const policy = order.policy as unknown;
  return (
    isString(order.id) &&
    Number.isInteger(order.version) &&
    isObject(order.buyer) && isString(order.buyer.id) &&
    isObject(order.seller) && isString(order.seller.id) &&
    Array.isArray(order.items) && order.items.every((item) => isObject(item) && isString(item.id)) &&
    Array.isArray(order.extras) && order.extras.every((extra) => isObject(extra) && isString(extra.id) && Number.isInteger(extra.extraDays)) &&
    Array.isArray(order.offers) && order.offers.every((offer) => isObject(offer) && isString(offer.id) && isString(offer.status) && isString(offer.price)) &&
    Array.isArray(order.eventIds) &&
    Array.isArray(order.history) && order.history.length > 0 && isInstantOrNull(order.history[order.history.length - 1]?.at ?? null) &&
    isObject(policy) && DURATIONS.every((key) => toDurationParts(policy[key]) !== undefined) &&
    (policy.maxLifetime === null || toDurationParts(policy.maxLifetime) !== undefined) &&
    isObject(policy.refundBuyerFee) &&
    Number.isInteger(order.deliveryDays) && Number.isInteger(order.revisionDays) &&
    isObject(order.revisions) && Number.isInteger(order.revisions.accepted) &&
    Number.isInteger(order.declinedCancellations) &&
    isObject(order.requests) &&
    [order.placedAt, order.acceptedAt, order.deliveredAt, order.deliveryDeadline, order.reviewDeadline, order.expiresAt, order.lateSince].every(isInstantOrNull) &&
    isString(order.placedAt)
  );
}
