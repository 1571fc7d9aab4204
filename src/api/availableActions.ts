import { parseActor } from '../parse/parseEvent';
import { refuseUnusableOrder } from '../parse/checkOrder';
import { isOrderFull, refuseFullOrder } from '../engine/refuseFullOrder';
import { refuseParty } from '../engine/refuseSender';
import { applyDueDeadlines, startRun } from '../engine/runMachine';
import { refuse, toError, type Refusal } from '../errors';
import { readObject } from '../parse/readers';
import { dueDeadline } from '../deadlines';
import { isFinalStatus } from '../model/isFinalStatus';
import { refusalOfAny } from '../engine/verdicts';
import { EVENT_TYPES, isSenderOf } from '../order/rules/roles';
import { isNearYear9999, refuseLeastAfterYear9999 } from '../order/rules/time';
import type { ActionInfo, Actor, Order } from '../model/types';
import { parseInstant, toInstant } from '../time';

/** The event types each role can ever send, in SPEC's table order: a constant, read once. */
const sentBy = (role: Actor['role']) => EVENT_TYPES.filter((type) => isSenderOf(type, role));
const TYPES_SENT_BY: Readonly<Record<Actor['role'], ReturnType<typeof sentBy>>> = {
  buyer: sentBy('buyer'),
  seller: sentBy('seller'),
  platform: sentBy('platform'),
  system: sentBy('system'),
};

/**
 * What the viewer can do on this order at `at` (SPEC §10): every event type the viewer's role can
 * ever send, in SPEC's table order, each `allowed` or with the `reason` `applyEvent` would give
 * and, when only time stands in the way, `from`. It runs the same rules as the machine's guards
 * on the order as it is at `at` (deadlines due by then applied), without an `applyEvent` per
 * action, so a dashboard can call it for every order it lists.
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order, `INVALID_INPUT` for a viewer without a role, or a buyer or seller without an id.
 * @example
 * availableActions(order, { viewer: { role: 'buyer', id: 'b-1' }, at: now })
 * // → [{ type: 'order.cancel', allowed: false, reason: 'TOO_EARLY', from: '2026-03-05T10:00:00.000Z' }, …]
 */
export function availableActions(order: Order, query: { viewer: Actor; at: string }): ActionInfo[] {
  const unusable = refuseUnusableOrder(order);
  if (unusable !== undefined) throw toError(unusable);
  const checked = readObject(query, 'query');
  const viewer = parseActor(checked.viewer, 'viewer');
  const atMs = parseInstant(checked.at, 'at');
  const types = TYPES_SENT_BY[viewer.role];
  const forbidden = refuseParty(order, viewer);
  if (forbidden !== undefined) return types.map((type) => info(type, forbidden));
  if (viewer.role === 'system') return types.map((type) => info(type, undefined));

  const lastChange = order.history[order.history.length - 1]!.at;
  if (atMs < Date.parse(lastChange)) {
    const outOfOrder = refuse('OUT_OF_ORDER', `Nothing can be done at ${toInstant(atMs)}, before the last change at ${lastChange}.`);
    return types.map((type) => info(type, outOfOrder));
  }
  const current = orderAt(order, atMs);
  if (isFinalStatus(current.status)) {
    const closed = refuse('ORDER_CLOSED', `The order is ${current.status}.`);
    return types.map((type) => info(type, closed));
  }
  const attempt = { order: current, by: viewer, atMs };
  const full = isOrderFull(current);
  const nearYear9999 = isNearYear9999(current, atMs);
  return types.map((type) => {
    const refusal = refuseFullOrder(current, { type, by: viewer }, full);
    if (refusal !== undefined) return info(type, refusal);
    const byState = refusalOfAny(attempt, type);
    if (byState !== undefined || !nearYear9999) return info(type, byState);
    return info(type, refuseLeastAfterYear9999(type, attempt));
  });
}

/** The order as it stands at `atMs`: only when a deadline is due is the machine run at all. */
function orderAt(order: Order, atMs: number): Order {
  if (dueDeadline(order, atMs) === null) return order;
  return applyDueDeadlines(startRun(order), atMs).snapshot.context.order;
}

function info(type: ActionInfo['type'], refusal: Refusal | undefined): ActionInfo {
  if (refusal === undefined) return { type, allowed: true };
  const from = refusal.code === 'TOO_EARLY' ? (refusal.details?.from as string | undefined) : undefined;
  return from === undefined ? { type, allowed: false, reason: refusal.code } : { type, allowed: false, reason: refusal.code, from };
}

