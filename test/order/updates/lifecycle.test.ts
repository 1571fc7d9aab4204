import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src';
import type { OrderContext } from '../../../src/order/updates/context';
import {
  acceptRevision,
  clearOpenRecords,
  declineRevision,
  markRevisionOverdue,
  openRevisionRequest,
  pushDeliveryDeadline,
  recordDelivery,
  reopenDelivery,
  setStatus,
  startWork,
  withDeliveryDeadline,
} from '../../../src/order/updates/lifecycle';
import { at, BUYER, DAY, delivered, HOUR, inProgress, ms, placed, run, SELLER, t0 } from '../orders';

const of = (order: Order): OrderContext => ({ order, effects: [], journal: [] });
const AT = at(t0, 2 * DAY); // 2026-03-03T10:00Z

describe('withDeliveryDeadline', () => {
  it('clears the late mark when the new deadline lies after the event', () => {
    expect(withDeliveryDeadline(ms(AT) + 1, ms(AT))).toEqual({
      deliveryDeadline: '2026-03-03T10:00:00.001Z',
      lateSince: null,
    });
  });

  it('keeps the late mark when the new deadline is not after the event', () => {
    expect(withDeliveryDeadline(ms(AT), ms(AT))).toEqual({ deliveryDeadline: AT });
    expect(withDeliveryDeadline(ms(AT) - HOUR, ms(AT))).toEqual({ deliveryDeadline: '2026-03-03T09:00:00.000Z' });
  });
});

describe('setStatus and startWork', () => {
  it('setStatus mirrors the state in the order, and returns the context itself when it already does', () => {
    expect(setStatus(of(placed()), 'inProgress').order.status).toBe('inProgress');
    const same = of(placed());
    expect(setStatus(same, 'pending')).toBe(same);
  });

  it('startWork counts the delivery days plus the extra days of options bought while pending', () => {
    const withOption = run(placed(), {
      type: 'option.add',
      at: t0,
      by: BUYER,
      option: { id: 'opt', label: 'Source files', price: '10.00', extraDays: 2 },
      payment: { id: 'pay-2', amount: '10.50' },
    }).order;
    const started = startWork(of(withOption), { type: 'order.accept', at: AT, by: SELLER }).order;
    expect(started).toMatchObject({ acceptedAt: AT, deliveryDeadline: '2026-03-08T10:00:00.000Z' }); // 3 + 2 days
    expect(startWork(of(placed()), { type: 'order.accept', at: AT, by: SELLER }).order.deliveryDeadline).toBe(
      '2026-03-06T10:00:00.000Z',
    );
  });
});

describe('delivery and extras', () => {
  it('recordDelivery opens the review window, closes a pending extension and clears the declined mark', () => {
    const asked = run(inProgress(), { type: 'extension.request', at: at(t0, HOUR), by: SELLER, days: 2 }).order;
    const order = { ...asked, revisions: { accepted: 1, declinedSinceDelivery: true } };
    const after = recordDelivery(of(order), { type: 'order.deliver', at: AT, by: SELLER }).order;
    expect(after).toEqual({
      ...order,
      deliveredAt: AT,
      reviewDeadline: '2026-03-10T10:00:00.000Z',
      revisions: { accepted: 1, declinedSinceDelivery: false },
      requests: { ...order.requests, extension: null },
    });
  });

  it('pushDeliveryDeadline adds the extra days to the current deadline', () => {
    const late = { ...inProgress(), lateSince: '2026-03-04T10:00:00.000Z' };
    const pushed = pushDeliveryDeadline(
      of(late),
      { type: 'option.add', at: at(t0, 3 * DAY + HOUR), by: BUYER } as never,
      1,
    ).order;
    expect(pushed).toMatchObject({ deliveryDeadline: '2026-03-05T10:00:00.000Z', lateSince: null });
  });

  it('reopenDelivery counts from the later of the deadline and now, and stops the review', () => {
    const order = delivered(); // deadline 2026-03-04T10:00Z, delivered 2026-03-02
    const early = reopenDelivery(of(order), { type: 'option.add', at: AT, by: BUYER } as never, 1).order;
    expect(early).toMatchObject({
      deliveryDeadline: '2026-03-05T10:00:00.000Z',
      reviewDeadline: null,
      lateSince: null,
    });
    const later = reopenDelivery(of(order), { type: 'option.add', at: at(t0, 5 * DAY), by: BUYER } as never, 1).order;
    expect(later.deliveryDeadline).toBe('2026-03-07T10:00:00.000Z');
  });
});

describe('revisions', () => {
  it('openRevisionRequest gives the seller the response window and stops the review', () => {
    const after = openRevisionRequest(of(delivered()), { type: 'revision.request', at: AT, by: BUYER }).order;
    expect(after.reviewDeadline).toBeNull();
    expect(after.revisionRequest).toStrictEqual({ at: AT, deadline: '2026-03-05T10:00:00.000Z', overdue: false });
    const withMessage = openRevisionRequest(of(delivered()), {
      type: 'revision.request',
      at: AT,
      by: BUYER,
      message: 'Bigger',
    }).order;
    expect(withMessage.revisionRequest).toEqual({
      at: AT,
      deadline: '2026-03-05T10:00:00.000Z',
      overdue: false,
      message: 'Bigger',
    });
  });

  it('acceptRevision gives revisionDays from now and counts the revision', () => {
    const asked = run(delivered({ revisionDays: 2 }), { type: 'revision.request', at: AT, by: BUYER }).order;
    const after = acceptRevision(of(asked), { type: 'revision.accept', at: AT, by: SELLER }).order;
    expect(after).toMatchObject({
      deliveryDeadline: '2026-03-05T10:00:00.000Z',
      revisionRequest: null,
      revisions: { accepted: 1, declinedSinceDelivery: false },
    });
  });

  it('declineRevision gives a new review window and marks the delivery', () => {
    const asked = run(delivered(), { type: 'revision.request', at: AT, by: BUYER }).order;
    const after = declineRevision(of(asked), { type: 'revision.decline', at: AT, by: SELLER }).order;
    expect(after).toMatchObject({
      reviewDeadline: '2026-03-10T10:00:00.000Z',
      revisionRequest: null,
      revisions: { accepted: 0, declinedSinceDelivery: true },
    });
  });

  it('markRevisionOverdue sets the overdue flag only', () => {
    const asked = run(delivered(), { type: 'revision.request', at: AT, by: BUYER }).order;
    expect(markRevisionOverdue(of(asked)).order.revisionRequest).toEqual({ ...asked.revisionRequest, overdue: true });
  });

  it('clearOpenRecords drops the dispute and the revision request, and returns the context itself when none is open', () => {
    const asked = run(delivered(), { type: 'revision.request', at: AT, by: BUYER }).order;
    expect(clearOpenRecords(of(asked)).order).toMatchObject({ revisionRequest: null, dispute: null });
    const disputed = { ...inProgress(), dispute: { openedBy: BUYER, openedAt: AT, from: 'inProgress' as const } };
    expect(clearOpenRecords(of(disputed)).order.dispute).toBeNull();
    const nothingOpen = of(inProgress());
    expect(clearOpenRecords(nothingOpen)).toBe(nothingOpen);
  });
});
