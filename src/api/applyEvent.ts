import { instantAfterYear9999, type LateInstant } from '../deadlines/instantAfterYear9999';
import { fingerprintOf } from '../engine/fingerprint/fingerprintOf';
import { numberEffects } from '../engine/numberEffects';
import { refuseFullOrder } from '../engine/refuseFullOrder';
import { refuseSender } from '../engine/refuseSender';
import { applyDueDeadlines, historyOf, type Run, startRun, step } from '../engine/runMachine';
import { refusalOf } from '../engine/verdicts';
import {
  assert,
  eventIdReused,
  orderClosed,
  type Refusal,
  refuse,
  timeAfterYear9999,
  timeBeforeLastChange,
} from '../errors';
import { isFinalStatus } from '../model/isFinalStatus';
import type { EventIdRecord, Order, OrderEvent, Result } from '../model/types';
import { refuseUnusableOrder } from '../parse/checkOrder';
import { parseEvent } from '../parse/parseEvent';
import { fail, ok } from './results';

/**
 * Applies one event to an order through the machine's pure `transition` (SPEC §2, §3).
 *
 * One pipeline, first refusal wins: the order argument (`INVALID_ORDER`); the event's shape
 * (`INVALID_INPUT`); a duplicate id (ok, unchanged, `duplicate: true`); the role and party
 * (`FORBIDDEN`); time order (`OUT_OF_ORDER`); then every deadline reached at the event's instant
 * is applied; a final order (`ORDER_CLOSED`); then the state's own rules. The order comes first
 * because the event is read against it: its amounts in the order's currency. A refusal leaves
 * the caller's order as it was. It never throws for a bad event or order and never mutates its
 * arguments.
 *
 * @returns `{ ok: true, order, effects }` with the effects to carry out in order, or `{ ok: false, error }`.
 * @example
 * const result = applyEvent(order, { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } });
 * if (result.ok) { await save(result.order); await outbox.push(...result.effects); }
 */
export function applyEvent(order: Order, event: OrderEvent): Result {
  const unusable = refuseUnusableOrder(order);
  if (unusable !== undefined) return fail(unusable);
  const read = parseEvent(event, order);
  if (!read.ok) return fail(read.refusal);
  const parsed = read.value;
  if (parsed.id !== undefined) {
    const recorded = order.eventIds.find((record) => record.id === parsed.id);
    if (recorded !== undefined) return answerRepeatedId(order, parsed, recorded);
  }
  const atMs = Date.parse(parsed.at);
  const refusal = refuseSender(order, parsed.type, parsed.by) ?? refuseOutOfOrder(order, parsed, atMs);
  if (refusal !== undefined) return fail(refusal);

  const afterDeadlines = applyDueDeadlines(startRun(order), atMs);
  if (parsed.type === 'clock.tick')
    return afterDeadlines.taken.length === 0 ? ok(order, []) : finish(order, afterDeadlines, parsed);
  const current = afterDeadlines.snapshot.context.order;
  if (isFinalStatus(current.status)) return fail(closed(current));
  const full = refuseFullOrder(current, parsed);
  if (full !== undefined) return fail(full);
  const next = step(afterDeadlines, parsed);
  if (next === undefined) {
    // The machine took no transition: its own transitions and the rules of their guards say why.
    const refusal = refusalOf(current, parsed);
    assert(
      refusal !== undefined,
      () => `the machine refused ${parsed.type} in ${current.status} but its rules let it through`,
    );
    return fail(refusal);
  }
  const late = instantAfterYear9999(next.snapshot.context.order);
  return late === undefined ? finish(order, next, parsed) : fail(afterYear9999(late));
}

/** Stamps the change: one version, the history of every transition taken, the event id, keyed effects. */
function finish(order: Order, run: Run, event: OrderEvent): Result {
  const version = order.version + 1;
  const { order: changed, effects } = run.snapshot.context;
  // Deadlines reached only ever close or mark what is pending; they never set a later instant.
  assert(instantAfterYear9999(changed) === undefined, 'a change must keep every instant within the four-digit years');
  const next: Order = {
    ...changed,
    version,
    eventIds:
      event.id === undefined
        ? order.eventIds
        : [...order.eventIds, { id: event.id, fingerprint: fingerprintOf(event) }],
    history: [...order.history, ...historyOf(run.taken, version)],
  };
  return ok(next, numberEffects(effects, order.id, version));
}

/**
 * SPEC §3, idempotency as payment APIs have it: the same id with the same fingerprint (a retry,
 * whatever its `at`) is a duplicate, answered with the order unchanged; the same id with another
 * type, sender or payload is `CONFLICT`, without the order, which that sender may not be entitled
 * to see. Ids migrated from schema 1 have no fingerprint and compare by id alone.
 */
function answerRepeatedId(order: Order, event: OrderEvent, recorded: EventIdRecord): Result {
  if (recorded.fingerprint === null || recorded.fingerprint === fingerprintOf(event))
    return { ok: true, order, effects: [], duplicate: true };
  return fail(refuse('CONFLICT', eventIdReused, { path: 'id' }, recorded.id));
}

/** SPEC §3: a non-tick event earlier than the last change is refused; an equal instant is fine. */
function refuseOutOfOrder(order: Order, event: OrderEvent, atMs: number): Refusal | undefined {
  if (event.type === 'clock.tick') return undefined;
  const last = order.history[order.history.length - 1]!.at;
  if (atMs >= Date.parse(last)) return undefined;
  return refuse('OUT_OF_ORDER', timeBeforeLastChange, { lastChangeAt: last }, event.at);
}

/** SPEC §3 `time.afterYear9999`: an event whose result would hold an instant past the four-digit years. */
function afterYear9999({ path, at }: LateInstant): Refusal {
  return refuse('INVALID_INPUT', timeAfterYear9999, { path }, { set: at });
}

function closed(order: Order): Refusal {
  return refuse('ORDER_CLOSED', orderClosed, { status: order.status });
}
