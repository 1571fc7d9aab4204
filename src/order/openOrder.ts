import { objectExpected, refuse, toError } from '../errors';
import { openEscrow } from '../escrow';
import { SCHEMA_VERSION } from '../model/schemaVersion';
import type { Order, Policy } from '../model/types';
import { parseOrderInput, refusePaymentMismatch } from '../parse/parseOrderInput';
import { instantAfter } from '../time';
import type { OrderContext } from './updates/context';
import { notification } from './updates/notify';

/**
 * xstate's pure `transition()` builds a throwaway actor on every call, and that actor computes an
 * initial snapshot without input, which is dropped (`createInertActorScope`, xstate 5.33). So
 * every `applyEvent` step calls this function with `undefined`. Refusing it with one prepared,
 * frozen error, rather than building a new one with its stack trace each time, keeps that cost
 * off every event; the code, message and details are those `parseOrderInput` gives.
 */
const MISSING_INPUT = Object.freeze(toError(refuse('INVALID_INPUT', objectExpected, Object.freeze({ path: 'input' }))));

/**
 * Opens an order from a paid checkout: status `pending`, version 1, the policy and fees copied
 * in, the payment held, one history entry `order.placed` and one effect telling the seller.
 *
 * @throws SequestreError for an input `createOrder` would refuse: the machine's input is public
 * (`createOrderMachine`), and xstate reports what its context factory throws.
 */
export function openOrder(value: unknown, defaultPolicy: Policy): OrderContext {
  if (value === undefined) throw MISSING_INPUT;
  const parsed = parseOrderInput(value, defaultPolicy);
  if (!parsed.ok) throw toError(parsed.refusal);
  const input = parsed.value;
  const mismatch = refusePaymentMismatch(input);
  if (mismatch !== undefined) throw toError(mismatch);
  const { currency, fees, placedAt, policy } = input;
  const escrow = openEscrow({
    currency,
    fees,
    subtotal: input.subtotal.toFixed(input.digits),
    tip: input.tip.toFixed(input.digits),
    payment: input.payment,
    at: placedAt,
    cause: 'order.placed',
    version: 1,
  }).escrow;
  const order: Order = {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    version: 1,
    status: 'pending',
    currency,
    buyer: { id: input.buyerId },
    seller: { id: input.sellerId },
    items: input.items,
    extras: [],
    offers: [],
    fees,
    policy,
    deliveryDays: input.deliveryDays,
    revisionDays: input.revisionDays,
    maxRevisions: input.maxRevisions,
    placedAt,
    acceptedAt: null,
    deliveredAt: null,
    deliveryDeadline: null,
    reviewDeadline: null,
    expiresAt: policy.maxLifetime === null ? null : instantAfter(placedAt, policy.maxLifetime),
    lateSince: null,
    revisions: { accepted: 0, declinedSinceDelivery: false },
    revisionRequest: null,
    declinedCancellations: 0,
    requests: { cancellation: null, extension: null, refund: null },
    dispute: null,
    escrow,
    eventIds: [],
    history: [{ version: 1, type: 'order.placed', at: placedAt, by: { role: 'buyer', id: input.buyerId } }],
  };
  return { order, effects: [notification(order, 'seller', 'order.placed', placedAt)], journal: [] };
}
