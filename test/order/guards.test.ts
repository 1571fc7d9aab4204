import { describe, expect, it } from 'vitest';
import { presets, type Actor, type Order } from '../../src';
import { guards } from '../../src/order/guards';
import type { MachineEvent } from '../../src/order/updates/context';
import { BUYER, DAY, HOUR, PLATFORM, SELLER, SYSTEM, at, delivered, disputed, inProgress, placed, run, t0 } from './orders';

const args = (order: Order, event: MachineEvent) => ({ context: { order, effects: [], journal: [] }, event });
const AT = at(t0, HOUR);

describe('isPermitted (every state-rule guard)', () => {
  it('asks the state rule of the event type', () => {
    const asked = run(inProgress(), { type: 'cancellation.request', at: AT, by: BUYER }).order;
    expect(guards.hasNoPendingCancellationRequest(args(inProgress(), { type: 'cancellation.request', at: AT, by: BUYER }))).toBe(true);
    expect(guards.hasNoPendingCancellationRequest(args(asked, { type: 'cancellation.request', at: AT, by: SELLER }))).toBe(false);
    expect(guards.isAnsweringCancellationRequest(args(asked, { type: 'cancellation.accept', at: AT, by: SELLER }))).toBe(true);
    expect(guards.isAnsweringCancellationRequest(args(asked, { type: 'cancellation.accept', at: AT, by: BUYER }))).toBe(false);
  });

  it('lets deadline events through: their own guard decides', () => {
    expect(guards.isCancellationAllowed(args(inProgress(), { type: 'deadline.delivery', at: AT, by: SYSTEM }))).toBe(true);
  });
});

describe('isAutoDisputeDue', () => {
  const askedBy = (order: Order, by: Actor = BUYER) => run(order, { type: 'cancellation.request', at: AT, by }).order;
  const decline = { type: 'cancellation.decline', at: AT, by: SELLER } as const;
  const withDeclines = (order: Order, declinedCancellations: number) => ({ ...order, declinedCancellations });

  it('is due when the buyer\'s request declined now reaches the threshold', () => {
    expect(guards.isAutoDisputeDue(args(withDeclines(askedBy(inProgress()), 1), decline))).toBe(true);
    expect(guards.isAutoDisputeDue(args(withDeclines(askedBy(inProgress()), 2), decline))).toBe(true);
  });

  it('is not due below the threshold', () => {
    expect(guards.isAutoDisputeDue(args(withDeclines(askedBy(inProgress()), 0), decline))).toBe(false);
  });

  it('is not due for a seller\'s request, after a delivery, or with no threshold', () => {
    expect(guards.isAutoDisputeDue(args(withDeclines(askedBy(inProgress(), SELLER), 1), { ...decline, by: BUYER }))).toBe(false);
    const deliveredOnce = { ...withDeclines(askedBy(inProgress()), 1), deliveredAt: at(t0, DAY) };
    expect(guards.isAutoDisputeDue(args(deliveredOnce, decline))).toBe(false);
    const never = askedBy(inProgress({ policy: { ...presets.comeup, autoDisputeAfterDeclinedCancellations: null } }));
    expect(guards.isAutoDisputeDue(args(withDeclines(never, 5), decline))).toBe(false);
  });

  it('is not due without a pending request', () => {
    expect(guards.isAutoDisputeDue(args(withDeclines(inProgress(), 1), decline))).toBe(false);
  });
});

describe('parameterised guards', () => {
  it('isDeadlineReached: pending and reached at the event\'s instant', () => {
    const tick = (instant: string) => ({ type: 'deadline.acceptance', at: instant, by: SYSTEM }) as const;
    expect(guards.isDeadlineReached(args(placed(), tick('2026-03-03T10:00:00.000Z')), { kind: 'acceptance' })).toBe(true);
    expect(guards.isDeadlineReached(args(placed(), tick('2026-03-03T09:59:59.999Z')), { kind: 'acceptance' })).toBe(false);
    expect(guards.isDeadlineReached(args(placed(), tick('2026-03-05T10:00:00.000Z')), { kind: 'review' })).toBe(false);
  });

  it('isDisputeFrom compares the frozen status', () => {
    expect(guards.isDisputeFrom(args(disputed(), { type: 'dispute.withdraw', at: AT, by: BUYER }), { status: 'inProgress' })).toBe(true);
    expect(guards.isDisputeFrom(args(disputed(), { type: 'dispute.withdraw', at: AT, by: BUYER }), { status: 'delivered' })).toBe(false);
    expect(guards.isDisputeFrom(args(delivered(), { type: 'dispute.withdraw', at: AT, by: BUYER }), { status: 'delivered' })).toBe(false);
  });

  it('isResolution matches a dispute.resolve of that outcome only', () => {
    const resolve = { type: 'dispute.resolve', at: AT, by: PLATFORM, outcome: 'release' } as const;
    expect(guards.isResolution(args(disputed(), resolve), { outcome: 'release' })).toBe(true);
    expect(guards.isResolution(args(disputed(), resolve), { outcome: 'refund' })).toBe(false);
    expect(guards.isResolution(args(disputed(), { type: 'dispute.withdraw', at: AT, by: BUYER }), { outcome: 'release' })).toBe(false);
  });

  it('isCancellationTimeoutOutcome and isExpiryOutcome read the order\'s policy', () => {
    const order = inProgress({ policy: { ...presets.comeup, onCancellationTimeout: 'dispute', onExpiry: 'refund' } });
    const tick = { type: 'clock.tick', at: AT, by: SYSTEM } as const;
    expect(guards.isCancellationTimeoutOutcome(args(order, tick), { outcome: 'dispute' })).toBe(true);
    expect(guards.isCancellationTimeoutOutcome(args(order, tick), { outcome: 'expire' })).toBe(false);
    expect(guards.isExpiryOutcome(args(order, tick), { outcome: 'refund' })).toBe(true);
    expect(guards.isExpiryOutcome(args(order, tick), { outcome: 'forfeit' })).toBe(false);
  });
});
