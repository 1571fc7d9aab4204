import { describe, expect, it } from 'vitest';
import { availableActions, nextDeadline } from '../../src';
import { BUYER, refused, run, SELLER, SYSTEM } from '../support/fixtures';
import { ev, moneyOf, noticesOf, upworkOrder } from '../support/presetOrders';

// SPEC §9, presets.upwork: Upwork's published rules for a fixed-price contract with one milestone
// (research/domain-lifecycles.md §3). One 100.00 USD milestone, no client fee, 10 % freelancer fee:
//   funded t0 = 03-01T10:00Z, in progress at once · delivery deadline 03-04T10:00Z

const DEADLINE = '2026-03-04T10:00:00.000Z';
const pick = (actions: ReturnType<typeof availableActions>, type: string) =>
  actions.find((action) => action.type === type);

describe('presets.upwork', () => {
  // support.upwork.com/hc/en-us/articles/360000990228: no late status with unilateral cancellation;
  // support.upwork.com/hc/en-us/articles/211062058 (Get an escrow refund): the freelancer has
  // 7 days to approve or dispute, and silence approves.
  it('marks a late order but gives the client no cancellation of its own: a request the freelancer leaves unanswered for 7 days ends it', () => {
    const order = upworkOrder();
    expect(order.status).toBe('inProgress');
    refused(order, ev('order.cancel', '2026-03-02T10:00:00.000Z', BUYER), 'NOT_ALLOWED', 'cancel.noLateCancellation');
    const late = run(order, ev('clock.tick', DEADLINE, SYSTEM));
    expect(late.order.lateSince).toBe(DEADLINE);
    expect(noticesOf(late.effects)).toEqual(['order.late → buyer', 'order.late → seller']);
    refused(
      late.order,
      ev('order.cancel', '2026-04-04T10:00:00.000Z', BUYER),
      'NOT_ALLOWED',
      'cancel.noLateCancellation',
    );
    // No `from`: no instant ever opens it.
    expect(
      pick(availableActions(late.order, { viewer: BUYER, at: '2026-04-04T10:00:00.000Z' }), 'order.cancel'),
    ).toEqual({ type: 'order.cancel', allowed: false, reason: 'NOT_ALLOWED' });

    const requested = run(
      late.order,
      ev('cancellation.request', '2026-03-05T10:00:00.000Z', BUYER, { reason: 'Nothing delivered.' }),
    );
    expect(nextDeadline(requested.order)).toEqual({ at: '2026-03-12T10:00:00.000Z', kind: 'cancellationResponse' });
    expect(run(requested.order, ev('clock.tick', '2026-03-12T09:59:59.999Z', SYSTEM)).order.status).toBe('inProgress');
    const unanswered = run(requested.order, ev('clock.tick', '2026-03-12T10:00:00.000Z', SYSTEM));
    expect(unanswered.order.status).toBe('cancelled');
    expect(moneyOf(unanswered.effects)).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '100.00', reason: 'deadline.cancellationResponse' },
    ]);
  });

  // support.upwork.com/hc/en-us/articles/17974824831507: the client may request changes, and the
  // freelancer resubmits; nothing waits for the freelancer's answer.
  it('sends a request for changes straight back to work, counted as a revision', () => {
    const delivered = run(upworkOrder(), ev('order.deliver', '2026-03-05T10:00:00.000Z', SELLER));
    expect(delivered.order.lateSince).toBe(DEADLINE);
    const result = run(delivered.order, ev('revision.request', '2026-03-06T10:00:00.000Z', BUYER));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.deliveryDeadline).toBe('2026-03-09T10:00:00.000Z');
    expect(result.order.lateSince).toBeNull();
    expect(result.order.revisions.accepted).toBe(1);
    expect(noticesOf(result.effects)).toEqual(['revision.requested → seller']);
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-09T10:00:00.000Z', kind: 'delivery' });
    refused(result.order, ev('revision.decline', '2026-03-06T11:00:00.000Z', SELLER), 'NOT_ALLOWED', 'status.refuses');
  });

  it('lets the freelancer cancel directly, with a full refund to the client', () => {
    const result = run(upworkOrder(), ev('order.cancel', '2026-03-02T10:00:00.000Z', SELLER));
    expect(result.order.status).toBe('cancelled');
    expect(moneyOf(result.effects)).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '100.00', reason: 'order.cancel' },
    ]);
  });

  // support.upwork.com/hc/en-us/articles/17974824831507: "Failure to respond within 14 days is
  // considered approval".
  it('releases a submission automatically after 14 days, the freelancer paid 90 %', () => {
    const delivered = run(upworkOrder(), ev('order.deliver', '2026-03-03T10:00:00.000Z', SELLER));
    expect(nextDeadline(delivered.order)).toEqual({ at: '2026-03-17T10:00:00.000Z', kind: 'review' });
    expect(run(delivered.order, ev('clock.tick', '2026-03-17T09:59:59.999Z', SYSTEM)).order.status).toBe('delivered');
    const result = run(delivered.order, ev('clock.tick', '2026-03-17T10:00:00.000Z', SYSTEM));
    expect(result.order.status).toBe('completed');
    expect(moneyOf(result.effects)).toEqual([
      { type: 'payout', amount: '90.00' },
      {
        type: 'revenue',
        amount: '10.00',
        breakdown: { commission: '10.00', tipCommission: '0.00', buyerFee: '0.00', forfeited: '0.00' },
      },
    ]);
  });

  it('lets either party propose a partial refund of any part below the price', () => {
    const result = run(
      upworkOrder(),
      ev('refund.propose', '2026-03-02T10:00:00.000Z', BUYER, { amount: '99.99' }),
      ev('refund.accept', '2026-03-02T11:00:00.000Z', SELLER),
    );
    expect(moneyOf(result.effects)).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '99.99', reason: 'refund.accept' },
    ]);
  });
});
