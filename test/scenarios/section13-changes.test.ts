import { describe, expect, it } from 'vitest';
import { applyEvent, availableActions, describe as describeOrder, getBalances, type Actor, type Order, type OrderEvent } from '../../src';
import { BUYER, DAY, HOUR, PLATFORM, SELLER, at, expectError, placed, run, t0 } from '../support/fixtures';

// SPEC §13: every change since 0.1.0, one block per point, named after the rule it proves.
// The worked checkout (items 40.00 + 10.00, tip 5.00, buyer fee 5 %: 57.50 on pay-1), accepted
// at t0 + 1 h with 3 delivery days: the delivery deadline is D = 2026-03-04T11:00Z.

const ev = (type: OrderEvent['type'], when: string, by: Actor, payload: object = {}) => ({ type, at: when, by, ...payload }) as OrderEvent;
const h = (hours: number) => at(t0, hours * HOUR);
const D = '2026-03-04T11:00:00.000Z';
const inProgress = () => run(placed(), ev('order.accept', h(1), SELLER)).order;
const delivered = () => run(inProgress(), ev('order.deliver', h(2), SELLER)).order;
const buyerCancel = (order: Order, when: string) => expectError(applyEvent(order, ev('order.cancel', when, BUYER)));
const cancelAction = (order: Order, when: string) =>
  availableActions(order, { viewer: BUYER, at: when }).find((action) => action.type === 'order.cancel');

describe('§5 cancel.afterDelivery: the buyer\'s late cancellation covers only work never delivered', () => {
  it('refuses the buyer alone on an order back in progress after a revision, late or not', () => {
    const revising = run(delivered(), ev('revision.request', h(3), BUYER), ev('revision.accept', h(4), SELLER)).order;
    expect(revising.status).toBe('inProgress');
    for (const when of [h(5), at(revising.deliveryDeadline!, DAY)]) {
      expect(buyerCancel(revising, when)).toEqual({
        code: 'NOT_ALLOWED',
        message: 'The seller has delivered this order, so the buyer can no longer cancel alone; ask the seller for a cancellation or open a dispute.',
        details: { rule: 'cancel.afterDelivery' },
      });
      expect(cancelAction(revising, when)).toEqual({ type: 'order.cancel', allowed: false, reason: 'NOT_ALLOWED' });
    }
  });

  it('closes the 0.1 hole: a 1.00 option with extraDays 0 on a delivered order past its deadline gives the buyer no unilateral refund', () => {
    const lateDelivered = run(inProgress(), ev('order.deliver', at(D, HOUR), SELLER)).order;
    const afterOption = run(lateDelivered, ev('option.add', at(D, 2 * HOUR), BUYER, {
      option: { id: 'tiny', label: 'One more icon', price: '1.00', extraDays: 0 },
      payment: { id: 'pay-2', amount: '1.05' },
    })).order;
    expect(afterOption).toMatchObject({ status: 'inProgress', deliveryDeadline: '2026-03-04T13:00:00.000Z' });
    const refused = buyerCancel(afterOption, at(D, 2 * HOUR));
    expect(refused.details).toEqual({ rule: 'cancel.afterDelivery' });
    expect(getBalances(afterOption)).toMatchObject({ held: '58.55', refunded: '0.00' });
  });

  it('refuses the buyer alone after an accepted offer and after a restart, and still lets the seller and the platform cancel', () => {
    const offered = run(delivered(),
      ev('offer.propose', h(3), SELLER, { offer: { id: 'anim', label: 'Animation', price: '20.00', extraDays: 1 } }),
      ev('offer.accept', h(4), BUYER, { offerId: 'anim', payment: { id: 'pay-2', amount: '21.00' } })).order;
    const restarted = run(delivered(), ev('dispute.open', h(3), BUYER), ev('dispute.resolve', h(4), PLATFORM, { outcome: 'restart', deliveryDays: 1 })).order;
    for (const order of [offered, restarted]) {
      expect(order.status).toBe('inProgress');
      expect(buyerCancel(order, at(order.deliveryDeadline!, HOUR)).details).toEqual({ rule: 'cancel.afterDelivery' });
      expect(run(order, ev('order.cancel', at(order.deliveryDeadline!, HOUR), SELLER)).order.status).toBe('cancelled');
      expect(run(order, ev('order.cancel', at(order.deliveryDeadline!, HOUR), PLATFORM)).order.status).toBe('cancelled');
    }
  });

  it('keeps the right for work never delivered: TOO_EARLY before D, a full refund from D', () => {
    expect(buyerCancel(inProgress(), h(5))).toMatchObject({ code: 'TOO_EARLY', details: { rule: 'cancel.beforeLate', from: D } });
    const cancelled = run(inProgress(), ev('order.cancel', D, BUYER));
    expect(cancelled.order.status).toBe('cancelled');
    expect(getBalances(cancelled.order)).toMatchObject({ refunded: '57.50', paidOut: '0.00' });
  });

  it('tells a buyer of a late redelivery to ask for a cancellation or open a dispute, never to cancel alone', () => {
    const revising = run(delivered(), ev('revision.request', h(3), BUYER), ev('revision.accept', h(4), SELLER)).order;
    const late = at(revising.deliveryDeadline!, HOUR);
    const en = describeOrder(revising, { viewer: BUYER, at: late, locale: 'en' });
    expect(en.situation).toBe('late');
    expect(en.text).toContain('you cannot cancel it alone: ask the seller for a cancellation, open a dispute');
    const fr = describeOrder(revising, { viewer: BUYER, at: late, locale: 'fr' });
    expect(fr.text).toContain("vous ne pouvez pas l'annuler seul");
    const seller = describeOrder(revising, { viewer: SELLER, at: late, locale: 'en' });
    expect(seller.text).toContain('the buyer can ask you for a cancellation or open a dispute');
    expect(seller.text).not.toContain('without your agreement');
  });
});

describe('§5 automatic disputes open at every decline past the threshold', () => {
  const askAndDecline = (order: Order, hour: number) =>
    run(order, ev('cancellation.request', h(hour), BUYER), ev('cancellation.decline', h(hour + 0.5), SELLER)).order;

  it('opens a dispute at the 2nd decline, and again at the 3rd after the platform restarts the still-undelivered order', () => {
    const second = askAndDecline(askAndDecline(inProgress(), 2), 3);
    expect(second).toMatchObject({ status: 'disputed', declinedCancellations: 2, dispute: { openedBy: { role: 'system' } } });
    const restarted = run(second, ev('dispute.resolve', h(4), PLATFORM, { outcome: 'restart', deliveryDays: 2 })).order;
    expect(restarted.status).toBe('inProgress');
    const third = askAndDecline(restarted, 5);
    expect(third).toMatchObject({ status: 'disputed', declinedCancellations: 3, dispute: { openedBy: { role: 'system' } } });
  });
});
