import { dueDeadline } from '../deadlines';
import { orderClosed, type Refusal, refuse, timeBeforeLastChange } from '../errors';
import { isFinalStatus } from '../model/isFinalStatus';
import type { Actor, Order, OrderEventType } from '../model/types';
import { EVENT_TYPES, isSenderOf } from '../order/rules/roles';
import { isNearYear9999, refuseLeastAfterYear9999 } from '../order/rules/time';
import { toInstant } from '../time';
import { isOrderFull, refuseFullOrder } from './refuseFullOrder';
import { refuseParty } from './refuseSender';
import { applyDueDeadlines, startRun } from './runMachine';
import { refusalOfAny } from './verdicts';

/** One event type the viewer's role can send, and the refusal it would get now, if any. */
export type ActionVerdict = { readonly type: OrderEventType; readonly refusal: Refusal | undefined };

/** The event types each role can ever send, in SPEC's table order: a constant, read once. */
const sentBy = (role: Actor['role']) => EVENT_TYPES.filter((type) => isSenderOf(type, role));
const TYPES_SENT_BY: Readonly<Record<Actor['role'], readonly OrderEventType[]>> = {
  buyer: sentBy('buyer'),
  seller: sentBy('seller'),
  platform: sentBy('platform'),
  system: sentBy('system'),
};

/**
 * What `availableActions` computes before it drops the refusals' details (SPEC §10): for every
 * event type the viewer's role can ever send, in SPEC's table order, the refusal `applyEvent`
 * would answer at `atMs`, with its `details.rule`. The describe layer reads the rule to say why
 * in words. It runs the same rules as the machine's guards on the order as it stands at `atMs`,
 * without an `applyEvent` per type. The arguments are trusted: the callers have checked them.
 */
export function actionVerdicts(order: Order, viewer: Actor, atMs: number): ActionVerdict[] {
  const types = TYPES_SENT_BY[viewer.role];
  const every = (refusal: Refusal | undefined) => types.map((type) => ({ type, refusal }));
  const forbidden = refuseParty(order, viewer);
  if (forbidden !== undefined) return every(forbidden);
  if (viewer.role === 'system') return every(undefined);

  const lastChange = order.history[order.history.length - 1]!.at;
  if (atMs < Date.parse(lastChange)) {
    return every(refuse('OUT_OF_ORDER', timeBeforeLastChange, { lastChangeAt: lastChange }, toInstant(atMs)));
  }
  const current = orderAt(order, atMs);
  if (isFinalStatus(current.status)) return every(refuse('ORDER_CLOSED', orderClosed, { status: current.status }));
  const attempt = { order: current, by: viewer, atMs };
  const full = isOrderFull(current);
  const nearYear9999 = isNearYear9999(current, atMs);
  return types.map((type) => {
    const refusal = refuseFullOrder(current, { type, by: viewer }, full) ?? refusalOfAny(attempt, type);
    if (refusal !== undefined || !nearYear9999) return { type, refusal };
    return { type, refusal: refuseLeastAfterYear9999(type, attempt) };
  });
}

/** The order as it stands at `atMs`: only when a deadline is due is the machine run at all. */
export function orderAt(order: Order, atMs: number): Order {
  // Stryker disable next-line ConditionalExpression: with no deadline due, the machine answers the same order.
  if (dueDeadline(order, atMs) === null) return order;
  return applyDueDeadlines(startRun(order), atMs).snapshot.context.order;
}
