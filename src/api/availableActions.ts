import { actionVerdicts } from '../engine/actionVerdicts';
import { orThrow, parsing, type Refusal, toError } from '../errors';
import type { ActionInfo, Actor, Order } from '../model/types';
import { refuseUnusableOrder } from '../parse/checkOrder';
import { parseActor } from '../parse/parseEvent';
import { readObject } from '../parse/readers';
import { parseInstant } from '../time';

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
  const { viewer, atMs } = orThrow(parsing(() => readQuery(query)));
  return actionVerdicts(order, viewer, atMs).map(({ type, refusal }) => info(type, refusal));
}

/** The query's viewer and instant: a viewer's role, and a buyer's or seller's id. */
function readQuery(query: unknown): { viewer: Actor; atMs: number } {
  const checked = readObject(query, 'query');
  return { viewer: parseActor(checked.viewer, 'viewer'), atMs: parseInstant(checked.at, 'at') };
}

/** SPEC §10's line: the refusal's code, and `from` when only time stands in the way. */
export function info(type: ActionInfo['type'], refusal: Refusal | undefined): ActionInfo {
  if (refusal === undefined) return { type, allowed: true };
  // SPEC §10: `from` when only time stands in the way; every TOO_EARLY rule says from when.
  const { details } = refusal;
  const from = refusal.code === 'TOO_EARLY' && details !== undefined && 'from' in details ? details.from : undefined;
  return from === undefined
    ? { type, allowed: false, reason: refusal.code }
    : { type, allowed: false, reason: refusal.code, from };
}
