import { describe, expect, it } from 'vitest';
import type { Order } from '../../src';
import { guards } from '../../src/order/guards';
import { MISS, RULES } from '../../src/order/rules';
import type { MachineEvent } from '../../src/order/updates/context';
import { at, BUYER, disputed, HOUR, inProgress, run, SELLER, t0 } from './orders';

// The machine's guards are its rules: a guard passes exactly when its rule says nothing.

const args = (order: Order, event: MachineEvent) => ({ context: { order, effects: [], journal: [] }, event });
const AT = at(t0, HOUR);

describe('guards', () => {
  it('has one guard per rule, named as the rule', () => {
    expect(Object.keys(guards).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('passes when its rule passes, and fails on a refusal or a MISS alike', () => {
    const asked = run(inProgress(), { type: 'cancellation.request', at: AT, by: BUYER }).order;
    const answer = { type: 'cancellation.accept', at: AT, by: SELLER } as const;
    expect(RULES.isAnsweringCancellationRequest.check(asked, answer, undefined)).toBeUndefined();
    expect(guards.isAnsweringCancellationRequest(args(asked, answer), undefined)).toBe(true);
    const own = { ...answer, by: BUYER };
    expect(RULES.isAnsweringCancellationRequest.check(asked, own, undefined)).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(guards.isAnsweringCancellationRequest(args(asked, own), undefined)).toBe(false);
    const withdraw = { type: 'dispute.withdraw', at: AT, by: BUYER } as const;
    expect(RULES.isOpenerWithdrawing.check(disputed(), withdraw, { from: 'delivered' })).toBe(MISS);
    expect(guards.isOpenerWithdrawing(args(disputed(), withdraw), { from: 'delivered' })).toBe(false);
    expect(guards.isOpenerWithdrawing(args(disputed(), withdraw), { from: 'inProgress' })).toBe(true);
  });

  it('passes its parameters to the rule', () => {
    const tick = { type: 'deadline.delivery', at: at(t0, 3 * 24 * HOUR), by: { role: 'system' } } as const;
    expect(guards.isDeadlineReached(args(inProgress(), tick), { kind: 'delivery' })).toBe(true);
    expect(guards.isDeadlineReached(args(inProgress(), tick), { kind: 'review' })).toBe(false);
  });
});
