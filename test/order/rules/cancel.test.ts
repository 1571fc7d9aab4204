import { describe, expect, it } from 'vitest';
import { presets } from '../../../src';
import { buyerCancelOpensAt, refuseCancel } from '../../../src/order/rules/cancel';
import {
  at,
  BUYER,
  DAY,
  delivered,
  disputed,
  HOUR,
  inProgress,
  ms,
  PLATFORM,
  placed,
  run,
  SELLER,
  t0,
} from '../orders';

const afterDelivery = {
  code: 'NOT_ALLOWED',
  message:
    'The seller has delivered this order, so the buyer can no longer cancel alone; ask the seller for a cancellation or open a dispute.',
  details: { rule: 'cancel.afterDelivery' },
};

describe('refuseCancel', () => {
  it('lets the platform cancel in any status, even while disputed', () => {
    for (const order of [placed(), inProgress(), delivered(), disputed()]) {
      expect(refuseCancel({ order, by: PLATFORM, atMs: ms(t0) })).toBeUndefined();
    }
  });

  it('lets the buyer and the seller cancel a pending order', () => {
    expect(refuseCancel({ order: placed(), by: BUYER, atMs: ms(t0) })).toBeUndefined();
    expect(refuseCancel({ order: placed(), by: SELLER, atMs: ms(t0) })).toBeUndefined();
  });

  it('refuses the parties while disputed, naming the platform', () => {
    for (const by of [BUYER, SELLER]) {
      expect(refuseCancel({ order: disputed(), by, atMs: ms(at(t0, 2 * HOUR)) })).toEqual({
        code: 'NOT_ALLOWED',
        message: 'The order is frozen by a dispute; only the platform can cancel it now.',
        details: { rule: 'cancel.disputed' },
      });
    }
  });

  it('lets the seller cancel in progress and after a delivery', () => {
    expect(refuseCancel({ order: inProgress(), by: SELLER, atMs: ms(t0) })).toBeUndefined();
    expect(refuseCancel({ order: delivered(), by: SELLER, atMs: ms(at(t0, 2 * DAY)) })).toBeUndefined();
  });

  it('refuses the buyer alone after a delivery, also while a revision is requested', () => {
    const revising = run(delivered(), { type: 'revision.request', at: at(t0, 2 * DAY), by: BUYER }).order;
    expect(refuseCancel({ order: delivered(), by: BUYER, atMs: ms(at(t0, 30 * DAY)) })).toEqual(afterDelivery);
    expect(refuseCancel({ order: revising, by: BUYER, atMs: ms(at(t0, 30 * DAY)) })).toEqual(afterDelivery);
  });

  it('refuses the buyer in progress before the delivery deadline plus grace, with the instant', () => {
    const order = inProgress({ policy: { ...presets.comeup, lateGrace: 'PT2H' } });
    const from = '2026-03-04T12:00:00.000Z'; // accepted t0 + 3 days + 2 h
    expect(refuseCancel({ order, by: BUYER, atMs: ms(from) - 1 })).toEqual({
      code: 'TOO_EARLY',
      message: `The buyer can cancel alone from ${from}, if the order is not delivered by then; before that, send a cancellation request.`,
      details: { rule: 'cancel.beforeLate', from },
    });
  });

  it('lets the buyer cancel alone from the very instant the grace ends', () => {
    const order = inProgress({ policy: { ...presets.comeup, lateGrace: 'PT2H' } });
    expect(refuseCancel({ order, by: BUYER, atMs: ms('2026-03-04T12:00:00.000Z') })).toBeUndefined();
  });
});

describe('buyerCancelOpensAt', () => {
  it('adds the late grace to the delivery deadline', () => {
    expect(buyerCancelOpensAt('2026-03-04T10:00:00.000Z', 'PT0S')).toBe(ms('2026-03-04T10:00:00.000Z'));
    expect(buyerCancelOpensAt('2026-03-04T10:00:00.000Z', 'P1DT2H')).toBe(ms('2026-03-05T12:00:00.000Z'));
  });
});
