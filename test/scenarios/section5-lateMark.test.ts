import { describe, expect, it } from 'vitest';
import { nextDeadline } from '../../src';
import { at, BUYER, ev, HOUR, placed, run, SELLER, SYSTEM, t0 } from '../support/fixtures';

// SPEC §5 inProgress: the late mark is cleared only by a new delivery deadline *later than* `at`.
//   placed t0 = 03-01T10:00Z · accepted t0 + 1h · deadline 03-04T11:00Z, late from then

const late = () =>
  run(
    placed(),
    ev('order.accept', at(t0, HOUR), SELLER),
    ev('clock.tick', '2026-03-04T11:00:00.000Z', SYSTEM),
    ev('extension.request', '2026-03-04T12:00:00.000Z', SELLER, { days: 1 }),
  ).order;

describe('the late mark at the boundary', () => {
  it('stays when an accepted extension lands the deadline exactly at the event instant', () => {
    const order = run(late(), ev('extension.accept', '2026-03-05T11:00:00.000Z', BUYER)).order;
    expect(order.deliveryDeadline).toBe('2026-03-05T11:00:00.000Z');
    expect(order.lateSince).toBe('2026-03-04T11:00:00.000Z');
    expect(nextDeadline(order)).toEqual({ at: '2026-08-01T10:00:00.000Z', kind: 'expiry' });
  });

  it('is cleared when the new deadline is one millisecond later than the event instant', () => {
    const order = run(late(), ev('extension.accept', '2026-03-05T10:59:59.999Z', BUYER)).order;
    expect(order.lateSince).toBeNull();
    expect(nextDeadline(order)).toEqual({ at: '2026-03-05T11:00:00.000Z', kind: 'delivery' });
  });
});
