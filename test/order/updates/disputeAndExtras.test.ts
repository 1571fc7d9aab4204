import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src';
import type { OrderContext } from '../../../src/order/updates/context';
import {
  openAutomaticDispute,
  openDispute,
  recordAutomaticDispute,
  restartOrder,
  withdrawDispute,
} from '../../../src/order/updates/dispute';
import { acceptOffer, addOption, endOffer, extraDaysOf, proposeOffer } from '../../../src/order/updates/extras';
import { at, BUYER, DAY, delivered, HOUR, inProgress, PLATFORM, run, SELLER, SYSTEM, t0 } from '../orders';

const of = (order: Order): OrderContext => ({ order, effects: [], journal: [] });
const AT = at(t0, HOUR);

describe('disputes', () => {
  it('openDispute records the opener, the instant, the frozen status and the reason', () => {
    const event = { type: 'dispute.open', at: AT, by: BUYER, reason: 'No files' } as const;
    expect(openDispute(of(inProgress()), event).order.dispute).toEqual({
      openedBy: BUYER,
      openedAt: AT,
      from: 'inProgress',
      reason: 'No files',
    });
    // No reason given: no `reason` key at all, not one holding undefined.
    expect(openDispute(of(delivered()), { type: 'dispute.open', at: AT, by: SELLER }).order.dispute).toStrictEqual({
      openedBy: SELLER,
      openedAt: AT,
      from: 'delivered',
    });
  });

  it("an automatic dispute is opened by system, without the triggering event's reason", () => {
    const event = { type: 'cancellation.decline', at: AT, by: SELLER, reason: 'No' } as never;
    expect(openAutomaticDispute(of(inProgress()), event).order.dispute).toStrictEqual({
      openedBy: SYSTEM,
      openedAt: AT,
      from: 'inProgress',
    });
  });

  it("recordAutomaticDispute journals a dispute.open by system at the event's instant", () => {
    const after = recordAutomaticDispute(of(inProgress()), { type: 'cancellation.decline', at: AT, by: SELLER });
    expect(after.journal).toEqual([{ type: 'dispute.open', at: AT, by: { role: 'system' } }]);
    expect(recordAutomaticDispute(after, { type: 'cancellation.decline', at: AT, by: SELLER }).journal).toHaveLength(2);
  });

  it('withdrawDispute moves the deadlines by the time spent disputed and ends the dispute', () => {
    const disputed = run(inProgress(), { type: 'dispute.open', at: AT, by: BUYER }).order;
    const after = withdrawDispute(of(disputed), { type: 'dispute.withdraw', at: at(t0, DAY + HOUR), by: BUYER }).order;
    expect(after).toMatchObject({
      dispute: null,
      deliveryDeadline: '2026-03-05T10:00:00.000Z',
      expiresAt: '2026-08-02T10:00:00.000Z',
    });
  });

  it('restartOrder gives deliveryDays from now and clears the review, revision, late mark and dispute', () => {
    const disputed = run(delivered(), { type: 'dispute.open', at: at(t0, 2 * DAY), by: BUYER }).order;
    const late = { ...disputed, lateSince: t0, revisionRequest: { at: t0, deadline: t0, overdue: true } };
    const event = {
      type: 'dispute.resolve',
      at: at(t0, 3 * DAY),
      by: PLATFORM,
      outcome: 'restart',
      deliveryDays: 2,
    } as const;
    const after = restartOrder(of(late), event).order;
    expect(after).toMatchObject({
      deliveryDeadline: '2026-03-06T10:00:00.000Z',
      lateSince: null,
      reviewDeadline: null,
      revisionRequest: null,
      dispute: null,
      expiresAt: '2026-08-02T10:00:00.000Z',
    });
    expect(after.revisions).toEqual(late.revisions);
  });
});

describe('extras', () => {
  const option = { id: 'opt', label: 'Source files', price: '10.00', extraDays: 2 };

  it('addOption holds the payment and records the option', () => {
    const after = addOption(of(inProgress()), {
      type: 'option.add',
      at: AT,
      by: BUYER,
      option,
      payment: { id: 'pay-2', amount: '10.50' },
    });
    expect(after.order.extras).toEqual([{ kind: 'option', ...option, paymentId: 'pay-2', at: AT }]);
    expect(after.order.escrow.subtotal).toBe('60.00');
    expect(after.effects).toEqual([]);
  });

  it('proposeOffer records a pending offer; endOffer declines or withdraws that one only', () => {
    const one = proposeOffer(of(inProgress()), {
      type: 'offer.propose',
      at: AT,
      by: SELLER,
      offer: { ...option, id: 'o1' },
    });
    expect(one.order.offers).toEqual([{ ...option, id: 'o1', proposedAt: AT, status: 'pending' }]);
    const two = proposeOffer(one, { type: 'offer.propose', at: AT, by: SELLER, offer: { ...option, id: 'o2' } });
    expect(
      endOffer(two, { type: 'offer.decline', at: AT, by: BUYER, offerId: 'o1' }).order.offers.map(
        (offer) => offer.status,
      ),
    ).toEqual(['declined', 'pending']);
    expect(
      endOffer(two, { type: 'offer.withdraw', at: AT, by: SELLER, offerId: 'o2' }).order.offers.map(
        (offer) => offer.status,
      ),
    ).toEqual(['pending', 'withdrawn']);
  });

  it('acceptOffer holds the payment, records the extra and marks the offer accepted', () => {
    const offered = run(inProgress(), {
      type: 'offer.propose',
      at: AT,
      by: SELLER,
      offer: { ...option, id: 'o1' },
    }).order;
    const after = acceptOffer(of(offered), {
      type: 'offer.accept',
      at: AT,
      by: BUYER,
      offerId: 'o1',
      payment: { id: 'pay-o1', amount: '10.50' },
    }).order;
    expect(after.extras).toEqual([{ kind: 'offer', ...option, id: 'o1', paymentId: 'pay-o1', at: AT }]);
    expect(after.offers.map((offer) => offer.status)).toEqual(['accepted']);
    expect(after.escrow.ledger.at(-1)).toMatchObject({ paymentId: 'pay-o1', amount: '10.50' });
  });

  it('extraDaysOf reads the option or the offer', () => {
    const offered = run(
      inProgress(),
      { type: 'offer.propose', at: AT, by: SELLER, offer: { ...option, id: 'o0', extraDays: 1 } },
      { type: 'offer.propose', at: AT, by: SELLER, offer: { ...option, id: 'o1', extraDays: 4 } },
    ).order;
    expect(
      extraDaysOf(of(offered), { type: 'option.add', at: AT, by: BUYER, option, payment: { id: 'p', amount: '1' } }),
    ).toBe(2);
    expect(
      extraDaysOf(of(offered), {
        type: 'offer.accept',
        at: AT,
        by: BUYER,
        offerId: 'o1',
        payment: { id: 'p', amount: '1' },
      }),
    ).toBe(4);
  });
});
