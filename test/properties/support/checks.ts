import { expect } from 'vitest';
import {
  type Actor,
  applyEvent,
  availableActions,
  type Effect,
  getBalances,
  nextDeadline,
  type Order,
  type OrderEvent,
  parseOrder,
  type Result,
} from '../../../src';
import { deepFreeze, PAYLOAD_FREE } from '../../support/fixtures';

/** SPEC §11, written out: the only codes a refusal may carry. */
const SPEC_CODES = [
  'INVALID_INPUT',
  'FORBIDDEN',
  'NOT_ALLOWED',
  'TOO_EARLY',
  'LIMIT_REACHED',
  'CONFLICT',
  'AMOUNT_MISMATCH',
  'OUT_OF_ORDER',
  'ORDER_CLOSED',
  'INVALID_ORDER',
];
const FINAL = new Set(['completed', 'cancelled', 'expired']);
const FIGURES = ['paidIn', 'held', 'refunded', 'paidOut', 'revenue'] as const;

/** Amounts in minor units, so that sums are exact without the library's own arithmetic. */
const units = (amount: string) => BigInt(amount.replace('.', ''));
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A refusal carries a code of SPEC §11 and a sentence. */
export function checkRefusal(result: Extract<Result, { ok: false }>): void {
  expect(SPEC_CODES).toContain(result.error.code);
  expect(result.error.message).toMatch(/\S.*\.$/s);
}

/** Versions grow by one per change, effects come only with a change, final orders never change. */
export function checkChange(before: Order, result: Extract<Result, { ok: true }>): void {
  const { order, effects } = result;
  if (order.version === before.version) {
    expect(effects).toEqual([]);
    expect(order).toEqual(before);
    return;
  }
  expect(order.version).toBe(before.version + 1);
  expect(result.duplicate).toBeUndefined();
  expect(FINAL.has(before.status), `a ${before.status} order changed`).toBe(false);
}

/** paidIn = held + refunded + paidOut + revenue, nothing negative, and the effects explain every rise. */
export function checkMoney(before: Order, after: Order, effects: readonly Effect[]): void {
  const previous = getBalances(before);
  const balances = getBalances(after);
  for (const figure of FIGURES) expect(units(balances[figure]) >= 0n, `${figure} = ${balances[figure]}`).toBe(true);
  expect(units(balances.paidIn)).toBe(
    units(balances.held) + units(balances.refunded) + units(balances.paidOut) + units(balances.revenue),
  );
  const sum = (type: Effect['type']) =>
    effects.reduce(
      (total, effect) => (effect.type === type && 'amount' in effect ? total + units(effect.amount) : total),
      0n,
    );
  for (const effect of effects)
    if ('amount' in effect) expect(units(effect.amount) > 0n, `${effect.type} of ${effect.amount}`).toBe(true);
  expect(sum('refund')).toBe(units(balances.refunded) - units(previous.refunded));
  expect(sum('payout')).toBe(units(balances.paidOut) - units(previous.paidOut));
  expect(sum('revenue')).toBe(units(balances.revenue) - units(previous.revenue));
  if (FINAL.has(after.status)) expect(units(balances.held)).toBe(0n);
}

/**
 * The next deadline lies strictly after every instant applied so far; none for final or disputed
 * orders. One exception, SPEC §5's own formula: an option or offer with no extra days bought after
 * a delivery whose deadline passed sets deadline = max(deadline, at) + 0 = at, due at once.
 */
export function checkNextDeadline(order: Order, appliedMs: number): void {
  const next = nextDeadline(order);
  if (FINAL.has(order.status) || order.status === 'disputed') {
    expect(next).toBeNull();
    return;
  }
  if (next === null) return;
  const last = order.history[order.history.length - 1]!;
  const setNow =
    next.kind === 'delivery' && (last.type === 'option.add' || last.type === 'offer.accept') && last.at === next.at;
  if (setNow) return;
  expect(
    Date.parse(next.at) > appliedMs,
    `${next.kind} at ${next.at} is not after ${new Date(appliedMs).toISOString()}`,
  ).toBe(true);
}

/**
 * The order is plain JSON: its copy is stable, and the original answers exactly as the copy
 * did (`result` was computed on the copy). Compared as JSON text, which is much faster here
 * than deep equality and stricter (key order included).
 */
export function checkJson(order: Order, copy: Order, event: OrderEvent, result: Result): void {
  const text = JSON.stringify(order);
  expect(JSON.stringify(copy)).toBe(text);
  expect(JSON.stringify(JSON.parse(text))).toBe(text);
  expect(JSON.stringify(applyEvent(order, event))).toBe(JSON.stringify(result));
}

/** parseOrder reads a changed order back from its JSON text as it was written. */
export function checkStored(order: Order): void {
  expect(parseOrder(deepFreeze(json(order)))).toEqual(order);
}

/**
 * Re-applying an accepted event (same id, type, sender and payload) answers `duplicate: true` with
 * the order unchanged and no effects, whatever its `at`; another event under the same id is
 * `CONFLICT` (`event.idReused`), without the order (SPEC §3).
 */
export function checkDuplicate(order: Order, event: OrderEvent): void {
  expect(applyEvent(order, event)).toEqual({ ok: true, order, effects: [], duplicate: true });
  expect(applyEvent(order, { ...event, at: '2020-01-01T00:00:00Z' })).toEqual({
    ok: true,
    order,
    effects: [],
    duplicate: true,
  });
  // Another type than the accepted event's, so the fingerprint surely differs.
  const other = {
    type: event.type === 'order.cancel' ? 'dispute.open' : 'order.cancel',
    at: '2020-01-01T00:00:00Z',
    by: { role: 'platform' },
    id: event.id,
  } as OrderEvent;
  const reused = applyEvent(order, other);
  expect(reused).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', details: { rule: 'event.idReused', path: 'id' } },
  });
  expect(reused).not.toHaveProperty('order');
}

const PLAIN: ReadonlySet<string> = new Set(PAYLOAD_FREE);

/** For every event without payload, availableActions says what applyEvent does: allowed, or its code and `from`. */
export function checkActions(order: Order, viewer: Actor, at: string): void {
  for (const action of availableActions(order, { viewer, at })) {
    if (!PLAIN.has(action.type)) continue;
    const result = applyEvent(order, { type: action.type, at, by: viewer } as OrderEvent);
    const actual = result.ok
      ? { allowed: true }
      : {
          allowed: false,
          reason: result.error.code,
          ...(result.error.code === 'TOO_EARLY' ? { from: (result.error.details as { from: string }).from } : {}),
        };
    expect(
      { type: action.type, ...actual },
      `${viewer.role} ${viewer.id ?? ''} at ${at} on a ${order.status} order`,
    ).toEqual(action);
  }
}
