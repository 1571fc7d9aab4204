import { describe, expect, it } from 'vitest';
import { demoEvents, demoInput } from '../../src/cli/demo/demoOrder';
import { playOrder } from '../../src/cli/timeline/playOrder';
import { checkout } from '../support/fixtures';

describe('playOrder', () => {
  const demo = playOrder(demoInput, demoEvents);
  if (!demo.ok) throw new Error(demo.error.message);

  it('plays the demo through every status of a revised, late order to completion, with no refusal', () => {
    expect(demo.steps.map((step) => [step.outcome, step.order.status, step.order.version])).toEqual([
      ['applied', 'pending', 1],
      ['applied', 'inProgress', 2],
      ['applied', 'inProgress', 3],
      ['applied', 'inProgress', 4],
      ['applied', 'delivered', 5],
      ['applied', 'revisionRequested', 6],
      ['applied', 'inProgress', 7],
      ['applied', 'delivered', 8],
      ['applied', 'completed', 9],
    ]);
  });

  it('pays the option at quoteExtra’s total and ticks at the delivery deadline, which marks the order late', () => {
    expect(demo.steps[2]!.balances.paidIn).toBe('57.50');
    expect(demo.steps[3]!.transitions.map((entry) => [entry.type, entry.at])).toEqual([
      ['deadline.delivery', '2026-03-06T14:00:00.000Z'],
    ]);
    expect(demo.steps[3]!.order.lateSince).toBe('2026-03-06T14:00:00.000Z');
  });

  it('ends with the seller paid 45.00 and 12.50 of revenue, nothing held', () => {
    expect(demo.steps[8]!.balances).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '0.00',
      paidOut: '45.00',
      revenue: '12.50',
    });
    expect(demo.steps[8]!.nextDeadline).toBeNull();
  });

  it('records a refused event with its error and goes on from the unchanged order', () => {
    const timeline = playOrder(checkout(), [
      () => ({ type: 'order.complete', at: '2026-03-01T11:00:00Z', by: { role: 'buyer', id: 'b-1' } }),
      () => ({ type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } }),
    ]);
    if (!timeline.ok) throw new Error(timeline.error.message);
    expect(timeline.steps[1]).toMatchObject({
      outcome: 'refused',
      error: { code: 'NOT_ALLOWED' },
      effects: [],
      transitions: [],
    });
    expect(timeline.steps[1]!.order).toBe(timeline.steps[0]!.order);
    expect(timeline.steps[2]).toMatchObject({ outcome: 'applied', order: { status: 'inProgress', version: 2 } });
  });

  it('tells a duplicate id and a tick with nothing due from a change', () => {
    const accept = { id: 'e-1', type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' } };
    const timeline = playOrder(checkout(), [
      () => accept,
      () => accept,
      () => ({ type: 'clock.tick', at: '2026-03-01T13:00:00Z', by: { role: 'system' } }),
    ]);
    if (!timeline.ok) throw new Error(timeline.error.message);
    expect(timeline.steps.map((step) => step.outcome)).toEqual(['applied', 'applied', 'duplicate', 'unchanged']);
  });

  it('answers the checkout’s refusal when the input is refused', () => {
    expect(playOrder(checkout({ payment: { id: 'pay-1', amount: '57.49' } }), [])).toMatchObject({
      ok: false,
      error: { code: 'AMOUNT_MISMATCH' },
    });
  });
});
