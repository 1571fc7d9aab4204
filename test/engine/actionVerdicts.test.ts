import { describe, expect, it } from 'vitest';
import { type Actor, applyEvent, type Order, type OrderEvent } from '../../src';
import { actionVerdicts } from '../../src/engine/actionVerdicts';
import { at, BUYER, HOUR, PLATFORM, placed, run, SELLER, t0 } from '../support/fixtures';

// The refusals actionVerdicts gives before any rule of the state (the wrong party, an instant
// before the last change, a final order) are the ones applyEvent answers, read whole: the describe
// layer words them from their details, and explainError from their message.

const accepted = () => run(placed(), { type: 'order.accept', at: at(t0, HOUR), by: SELLER }).order;
const cancelled = () => run(accepted(), { type: 'order.cancel', at: at(t0, 2 * HOUR), by: PLATFORM }).order;

type Case = readonly [name: string, order: () => Order, viewer: Actor, atMs: number, type: OrderEvent['type']];

const CASES: readonly Case[] = [
  [
    'another seller than the order’s',
    accepted,
    { role: 'seller', id: 's-2' },
    Date.parse(t0) + 3 * HOUR,
    'order.deliver',
  ],
  ['an instant before the last change', accepted, SELLER, Date.parse(t0), 'order.deliver'],
  ['a cancelled order', cancelled, BUYER, Date.parse(t0) + 3 * HOUR, 'dispute.open'],
];

describe('actionVerdicts before the rules of the state', () => {
  it.each(CASES)('refuses for %s exactly as applyEvent does', (_, orderOf, viewer, atMs, type) => {
    const order = orderOf();
    const result = applyEvent(order, { type, at: new Date(atMs).toISOString(), by: viewer } as OrderEvent);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { code, message, details } = result.error;
    const verdict = actionVerdicts(order, viewer, atMs).find((entry) => entry.type === type);
    expect(verdict?.refusal).toEqual({ code, message, details });
  });
});
