import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, availableActions, type Effect, getBalances, type Order, type Policy, presets } from '../../src';
import { describeActions, describeOrder, type PresentedAction } from '../../src/entries/describe';
import { isFinalStatus } from '../../src/model/isFinalStatus';
import { checkout, deepFreeze, placed } from '../support/fixtures';
import { SEQUENCE_RUNS, timeoutFor } from './support/runs';
import { step, toEvent } from './support/steps';

const MINUTE = 60_000;
const VIEWERS = [
  { role: 'buyer', id: 'b-1' },
  { role: 'seller', id: 's-1' },
  { role: 'platform', id: 'agent' },
] as const;
const PLATFORM = VIEWERS[2];
const RANK = { primary: 0, secondary: 1, consequential: 2 } as const;

const policy = fc
  .record({
    onExpiry: fc.constantFrom('forfeit', 'refund', 'release'),
    maxLifetime: fc.constantFrom('P5M', 'P10D'),
    lateGrace: fc.constantFrom('PT0S', 'P1D'),
    onCancel: fc.boolean(),
    onPartialRefund: fc.constantFrom('proportional', 'none'),
    onCancellationTimeout: fc.constantFrom('expire', 'accept', 'dispute'),
  })
  .map(
    ({ onCancel, onPartialRefund, ...rest }): Policy => ({
      ...presets.comeup,
      ...rest,
      refundBuyerFee: { onCancel, onPartialRefund },
      name: 'prop',
    }),
  );

/** What the order pays out once completed now: the platform freezes it and releases it, the same release as the buyer's (SPEC §5). */
function payoutOnRelease(order: Order, at: string): string[] {
  let current = order;
  const take = (event: Parameters<typeof applyEvent>[1]) => {
    const result = applyEvent(current, event);
    if (!result.ok) throw new Error(`${event.type}: ${result.error.message}`);
    current = result.order;
    return result.effects;
  };
  if (current.status === 'pending') take({ type: 'order.accept', at, by: VIEWERS[1] });
  if (current.status !== 'disputed') take({ type: 'dispute.open', at, by: PLATFORM });
  const effects: readonly Effect[] = take({ type: 'dispute.resolve', at, by: PLATFORM, outcome: 'release' });
  const paid = effects
    .filter((effect) => effect.type === 'payout')
    .map((effect) => (effect as { amount: string }).amount);
  return paid.length === 0 ? [toZero(order)] : paid;
}

/** Zero in the order's currency, as the amounts are written when nothing would be paid. */
function toZero(order: Order): string {
  return getBalances({ ...order, escrow: { ...order.escrow, ledger: [] } }).paidIn;
}

/** describeOrder and describeActions for every viewer at `at`, checked against the money and the rules. */
function checkTexts(order: Order, at: string): void {
  const tick = applyEvent(order, { type: 'clock.tick', at, by: { role: 'system' } });
  const current = tick.ok ? tick.order : order;
  const balances = getBalances(current);
  const final = isFinalStatus(current.status);
  for (const viewer of VIEWERS) {
    const d = describeOrder(order, { viewer, at, locale: 'fr' });
    expect(d.status).toBe(current.status);
    expect(d.move.by === 'nobody').toBe(final);
    expect(d.deadline === null).toBe(final || current.status === 'disputed');
    if (d.deadline !== null) expect(d.deadline.overdue).toBe(Date.parse(d.deadline.at) <= Date.parse(at));
    const amounts = new Map(d.amounts.map((line) => [line.kind, line.amount]));
    if (amounts.has('held')) expect(amounts.get('held')).toBe(balances.held);
    for (const kind of ['refunded', 'paidOut', 'revenue'] as const)
      if (amounts.has(kind)) expect(amounts.get(kind)).toBe(balances[kind]);
    if (amounts.has('payoutOnCompletion') && viewer.role === 'seller')
      expect([amounts.get('payoutOnCompletion')]).toEqual(payoutOnRelease(current, at));
    checkActions(describeActions(order, { viewer, at, locale: 'en' }), order, viewer, at, final);
  }
}

function checkActions(
  actions: readonly PresentedAction[],
  order: Order,
  viewer: (typeof VIEWERS)[number],
  at: string,
  final: boolean,
): void {
  if (final) {
    expect(actions).toEqual([]);
    return;
  }
  const lines = availableActions(order, { viewer, at });
  for (const action of actions) {
    expect(lines.find((line) => line.type === action.type)?.allowed).toBe(action.allowed);
    // Every refusal shown is explained by its own rule, never by the code's generic sentence.
    if (!action.allowed)
      expect({ type: action.type, rule: action.rule, why: typeof action.why }).toEqual({
        type: action.type,
        rule: expect.any(String),
        why: 'string',
      });
  }
  expect(actions.filter((action) => action.emphasis === 'primary').length).toBeLessThanOrEqual(1);
  const ranks = actions.map((action) => RANK[action.emphasis]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
}

describe('random event sequences, as describe tells them', () => {
  // A tenth of the engine's sequences: each checked step describes the order six times.
  const runs = Math.max(50, Math.round(SEQUENCE_RUNS / 10));
  it(
    `say whose move it is, with the money getBalances and the effects move, and explain every refusal shown (${runs} sequences)`,
    () => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 5, maxLength: 20, size: 'max' }), policy, (steps, rules) => {
          let order: Order = deepFreeze(placed({ policy: rules }));
          let atMs = Date.parse(checkout().placedAt);
          for (const item of steps) {
            atMs += item.stepMinutes * MINUTE;
            const result = applyEvent(order, toEvent(order, item, atMs));
            if (result.ok && result.order.version !== order.version) order = deepFreeze(result.order);
            const lastChangeMs = Date.parse(order.history[order.history.length - 1]!.at);
            if (item.crossChecks) checkTexts(order, new Date(Math.max(atMs, lastChangeMs)).toISOString());
          }
        }),
        { numRuns: runs },
      );
    },
    timeoutFor(runs),
  );
});
