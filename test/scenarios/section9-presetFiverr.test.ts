import { describe, expect, it } from 'vitest';
import { availableActions, createOrder, getBalances, nextDeadline } from '../../src';
import { actionVerdicts } from '../../src/engine/actionVerdicts';
import { BUYER, expectOk, refused, run, SELLER, SYSTEM } from '../support/fixtures';
import { ev, fiverrCheckout, fiverrOrder, moneyOf, noticesOf } from '../support/presetOrders';

// SPEC §9, presets.fiverr: Fiverr's published rules for one order with one delivery
// (research/domain-lifecycles.md §2). One 100.00 USD gig, 5.5 % buyer fee, 20 % commission:
//   placed t0 = 03-01T10:00Z, in progress at once · delivery deadline 03-04T10:00Z
//   · "very late" (24 h past the deadline) from 03-05T10:00Z

const DEADLINE = '2026-03-04T10:00:00.000Z';
const VERY_LATE = '2026-03-05T10:00:00.000Z';
const pick = (actions: ReturnType<typeof availableActions>, type: string) =>
  actions.find((action) => action.type === type);

describe('presets.fiverr', () => {
  // help.fiverr.com/hc/en-us/articles/37552517993105 (order statuses): a paid order is in progress.
  it('opens a paid order in progress, accepted when placed: Fiverr has no acceptance step', () => {
    const result = expectOk(createOrder(fiverrCheckout()));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.acceptedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(result.order.deliveryDeadline).toBe(DEADLINE);
    expect(result.order.history).toEqual([
      { version: 1, type: 'order.placed', at: '2026-03-01T10:00:00.000Z', by: BUYER },
    ]);
    expect(noticesOf(result.effects)).toEqual(['order.placed → seller']);
    expect(nextDeadline(result.order)).toEqual({ at: DEADLINE, kind: 'delivery' });
    refused(result.order, ev('order.accept', '2026-03-01T11:00:00.000Z', SELLER), 'NOT_ALLOWED', 'status.refuses');
  });

  // help.fiverr.com/hc/en-us/articles/12864193979793 (How cancellations work): "very late", 24 h
  // or more past the deadline, the buyer may cancel without the seller's approval.
  it("refuses the buyer's own cancellation of an order late by less than 24 h, TOO_EARLY until 24 h past the deadline", () => {
    const late = run(fiverrOrder(), ev('clock.tick', DEADLINE, SYSTEM));
    expect(late.order.lateSince).toBe(DEADLINE);
    expect(noticesOf(late.effects)).toEqual(['order.late → buyer', 'order.late → seller']);
    const error = refused(
      late.order,
      ev('order.cancel', '2026-03-05T09:59:59.999Z', BUYER),
      'TOO_EARLY',
      'cancel.beforeLate',
    );
    expect(error.details).toEqual({ rule: 'cancel.beforeLate', from: VERY_LATE });
    expect(
      pick(availableActions(late.order, { viewer: BUYER, at: '2026-03-04T20:00:00.000Z' }), 'order.cancel'),
    ).toEqual({
      type: 'order.cancel',
      allowed: false,
      reason: 'TOO_EARLY',
      from: VERY_LATE,
    });
  });

  it('lets the buyer cancel an order late by 24 h or more alone, with a full refund, fee included', () => {
    const result = run(fiverrOrder(), ev('order.cancel', VERY_LATE, BUYER));
    expect(result.order.status).toBe('cancelled');
    expect(moneyOf(result.effects)).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '105.50', reason: 'order.cancel' },
    ]);
    expect(getBalances(result.order)).toEqual({
      currency: 'USD',
      paidIn: '105.50',
      held: '0.00',
      refunded: '105.50',
      paidOut: '0.00',
      revenue: '0.00',
    });
  });

  // help.fiverr.com/hc/en-us/articles/4417622226833 (How cancellations work for freelancers): the
  // freelancer "cannot force-cancel"; the client has 48 h to answer, and no answer cancels.
  it('makes the seller request a cancellation, and cancels it with a full refund when the buyer does not answer within 48 h', () => {
    const order = fiverrOrder();
    refused(order, ev('order.cancel', '2026-03-02T10:00:00.000Z', SELLER), 'NOT_ALLOWED', 'cancel.sellerMustRequest');
    expect(pick(availableActions(order, { viewer: SELLER, at: '2026-03-02T10:00:00.000Z' }), 'order.cancel')).toEqual({
      type: 'order.cancel',
      allowed: false,
      reason: 'NOT_ALLOWED',
    });
    const requested = run(
      order,
      ev('cancellation.request', '2026-03-02T09:00:00.000Z', SELLER, { reason: 'Cannot finish.' }),
    );
    expect(nextDeadline(requested.order)).toEqual({ at: '2026-03-04T09:00:00.000Z', kind: 'cancellationResponse' });
    const unanswered = run(requested.order, ev('clock.tick', '2026-03-04T09:00:00.000Z', SYSTEM));
    expect(unanswered.order.status).toBe('cancelled');
    expect(unanswered.order.history.slice(-1)).toEqual([
      { version: 3, type: 'deadline.cancellationResponse', at: '2026-03-04T09:00:00.000Z', by: SYSTEM },
    ]);
    expect(moneyOf(unanswered.effects)).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '105.50', reason: 'deadline.cancellationResponse' },
    ]);
  });

  // help.fiverr.com/hc/en-us/articles/37552942505105 (Partial refunds): only the freelancer
  // offers one, at most 60 % of the price.
  it('refuses a partial refund above 60 % of the price, and one proposed by the buyer', () => {
    const order = fiverrOrder();
    const above = refused(
      order,
      ev('refund.propose', '2026-03-02T10:00:00.000Z', SELLER, { amount: '60.01' }),
      'INVALID_INPUT',
      'refund.aboveMaxShare',
    );
    expect(above.details).toEqual({ rule: 'refund.aboveMaxShare', path: 'amount', maxShare: '0.6', max: '60.00' });
    const buyer = refused(
      order,
      ev('refund.propose', '2026-03-02T10:00:00.000Z', BUYER, { amount: '10.00' }),
      'NOT_ALLOWED',
      'refund.proposerNotAllowed',
    );
    expect(buyer.details).toEqual({ rule: 'refund.proposerNotAllowed', allowed: ['seller'] });
    expect(pick(availableActions(order, { viewer: BUYER, at: '2026-03-02T10:00:00.000Z' }), 'refund.propose')).toEqual({
      type: 'refund.propose',
      allowed: false,
      reason: 'NOT_ALLOWED',
    });
  });

  it('accepts a partial refund of exactly 60 %, returns no buyer fee with it (†), and then allows no more', () => {
    const result = run(
      fiverrOrder(),
      ev('refund.propose', '2026-03-02T10:00:00.000Z', SELLER, { amount: '60.00' }),
      ev('refund.accept', '2026-03-02T11:00:00.000Z', BUYER),
    );
    expect(moneyOf(result.effects)).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '60.00', reason: 'refund.accept' },
    ]);
    expect(result.order.status).toBe('inProgress');
    const oneCent = refused(
      result.order,
      ev('refund.propose', '2026-03-02T12:00:00.000Z', SELLER, { amount: '0.01' }),
      'INVALID_INPUT',
      'refund.aboveMaxShare',
    );
    expect(
      pick(availableActions(result.order, { viewer: SELLER, at: '2026-03-02T12:00:00.000Z' }), 'refund.propose'),
    ).toEqual({ type: 'refund.propose', allowed: false, reason: 'INVALID_INPUT' });
    // What describeActions words is the refusal of the least refund, one cent, whole.
    const verdict = actionVerdicts(result.order, SELLER, Date.parse('2026-03-02T12:00:00.000Z')).find(
      (entry) => entry.type === 'refund.propose',
    );
    expect(verdict?.refusal).toEqual({ code: oneCent.code, message: oneCent.message, details: oneCent.details });
  });

  // help.fiverr.com/hc/en-us/articles/37552517993105: "In revision", the seller re-delivers.
  it('sends a revision request straight back to work, with no answer step', () => {
    const delivered = run(fiverrOrder(), ev('order.deliver', '2026-03-03T10:00:00.000Z', SELLER));
    const result = run(
      delivered.order,
      ev('revision.request', '2026-03-04T10:00:00.000Z', BUYER, { message: 'Bigger, please.' }),
    );
    expect(result.order.status).toBe('inProgress');
    expect(result.order.deliveryDeadline).toBe('2026-03-07T10:00:00.000Z');
    expect(result.order.reviewDeadline).toBeNull();
    expect(result.order.revisionRequest).toBeNull();
    expect(result.order.revisions).toEqual({ accepted: 1, declinedSinceDelivery: false });
    expect(noticesOf(result.effects)).toEqual(['revision.requested → seller']);
    refused(result.order, ev('revision.accept', '2026-03-04T11:00:00.000Z', SELLER), 'NOT_ALLOWED', 'status.refuses');
  });

  // forum.fiverr.com (ToS): an order is "automatically marked as complete if not rated and no
  // request for modification was submitted within 3 days after marked as Delivered".
  it('completes a delivery automatically after 3 days and pays the seller 80 %', () => {
    const delivered = run(fiverrOrder(), ev('order.deliver', '2026-03-03T10:00:00.000Z', SELLER));
    expect(nextDeadline(delivered.order)).toEqual({ at: '2026-03-06T10:00:00.000Z', kind: 'review' });
    const result = run(delivered.order, ev('clock.tick', '2026-03-06T10:00:00.000Z', SYSTEM));
    expect(result.order.status).toBe('completed');
    expect(moneyOf(result.effects)).toEqual([
      { type: 'payout', amount: '80.00' },
      {
        type: 'revenue',
        amount: '25.50',
        breakdown: { commission: '20.00', tipCommission: '0.00', buyerFee: '5.50', forfeited: '0.00' },
      },
    ]);
  });
});
