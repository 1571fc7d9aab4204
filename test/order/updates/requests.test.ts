import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src';
import type { OrderContext } from '../../../src/order/updates/context';
import {
  acceptExtension,
  acceptRefundProposal,
  closeCancellationRequest,
  closeExtensionRequest,
  closeRefundProposal,
  declineCancellationRequest,
  endRequests,
  openCancellationRequest,
  openExtensionRequest,
  openRefundProposal,
} from '../../../src/order/updates/requests';
import { at, BUYER, DAY, HOUR, inProgress, run, SELLER, t0 } from '../orders';

const of = (order: Order): OrderContext => ({ order, effects: [], journal: [] });
const AT = at(t0, HOUR); // 2026-03-01T11:00Z
const none = { cancellation: null, extension: null, refund: null };

describe('cancellation requests', () => {
  it('records who asked, when, the answer deadline and the reason if any', () => {
    expect(
      openCancellationRequest(of(inProgress()), { type: 'cancellation.request', at: AT, by: BUYER }).order.requests,
    ).toStrictEqual({
      ...none,
      cancellation: { by: BUYER, at: AT, deadline: '2026-03-03T11:00:00.000Z' },
    });
    const withReason = openCancellationRequest(of(inProgress()), {
      type: 'cancellation.request',
      at: AT,
      by: SELLER,
      reason: 'Ill',
    });
    expect(withReason.order.requests.cancellation).toEqual({
      by: SELLER,
      at: AT,
      deadline: '2026-03-03T11:00:00.000Z',
      reason: 'Ill',
    });
  });

  it('counts a declined request of the buyer, not of the seller', () => {
    const byBuyer = run(inProgress(), { type: 'cancellation.request', at: AT, by: BUYER }).order;
    expect(declineCancellationRequest(of(byBuyer)).order).toMatchObject({ declinedCancellations: 1, requests: none });
    const bySeller = run(inProgress(), { type: 'cancellation.request', at: AT, by: SELLER }).order;
    expect(declineCancellationRequest(of(bySeller)).order).toMatchObject({ declinedCancellations: 0, requests: none });
  });

  it('closing clears the request only', () => {
    const asked = run(inProgress(), { type: 'cancellation.request', at: AT, by: BUYER }).order;
    expect(closeCancellationRequest(of(asked)).order).toEqual({ ...asked, requests: none });
  });
});

describe('extension requests', () => {
  it('records the days, the answer deadline and the reason if any', () => {
    const order = openExtensionRequest(of(inProgress()), {
      type: 'extension.request',
      at: AT,
      by: SELLER,
      days: 2,
      reason: 'Sick',
    }).order;
    expect(order.requests.extension).toEqual({ days: 2, at: AT, deadline: '2026-03-03T11:00:00.000Z', reason: 'Sick' });
    const plain = openExtensionRequest(of(inProgress()), {
      type: 'extension.request',
      at: AT,
      by: SELLER,
      days: 2,
    }).order;
    expect(plain.requests.extension).toStrictEqual({ days: 2, at: AT, deadline: '2026-03-03T11:00:00.000Z' });
  });

  it('accepting moves the deadline by the days asked and clears a late mark now behind', () => {
    const asked = run(inProgress(), { type: 'extension.request', at: AT, by: SELLER, days: 2 }).order;
    const late = { ...asked, lateSince: '2026-03-04T10:00:00.000Z' };
    expect(
      acceptExtension(of(late), { type: 'extension.accept', at: at(t0, 3 * DAY + HOUR), by: BUYER }).order,
    ).toMatchObject({
      deliveryDeadline: '2026-03-06T10:00:00.000Z',
      lateSince: null,
      requests: none,
    });
  });

  it('closing clears the request only', () => {
    const asked = run(inProgress(), { type: 'extension.request', at: AT, by: SELLER, days: 2 }).order;
    expect(closeExtensionRequest(of(asked)).order).toEqual({ ...asked, requests: none });
  });
});

describe('refund proposals', () => {
  it('records who proposed what, and the reason if any', () => {
    const order = openRefundProposal(of(inProgress()), {
      type: 'refund.propose',
      at: AT,
      by: SELLER,
      amount: '10.00',
      reason: 'Late',
    }).order;
    expect(order.requests.refund).toEqual({ by: SELLER, amount: '10.00', at: AT, reason: 'Late' });
  });

  it('accepting refunds the amount and clears the proposal', () => {
    const proposed = run(inProgress(), { type: 'refund.propose', at: AT, by: SELLER, amount: '10.00' }).order;
    const after = acceptRefundProposal(of(proposed), { type: 'refund.accept', at: AT, by: BUYER });
    expect(after.order.requests).toEqual(none);
    expect(after.order.escrow.refundedItems).toBe('10.00');
    expect(after.effects).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '10.50', currency: 'EUR', reason: 'refund.accept', at: AT },
    ]);
  });

  it('closing clears the proposal only', () => {
    const proposed = run(inProgress(), { type: 'refund.propose', at: AT, by: SELLER, amount: '10.00' }).order;
    expect(closeRefundProposal(of(proposed)).order).toEqual({ ...proposed, requests: none });
  });
});

describe('endRequests', () => {
  it('clears every request and gives pending offers the status asked, leaving answered offers', () => {
    const order = run(
      inProgress(),
      { type: 'cancellation.request', at: AT, by: BUYER },
      { type: 'extension.request', at: AT, by: SELLER, days: 1 },
      { type: 'refund.propose', at: AT, by: SELLER, amount: '5.00' },
      { type: 'offer.propose', at: AT, by: SELLER, offer: { id: 'o1', label: 'A', price: '5.00', extraDays: 1 } },
      { type: 'offer.propose', at: AT, by: SELLER, offer: { id: 'o2', label: 'B', price: '5.00', extraDays: 1 } },
      { type: 'offer.decline', at: AT, by: BUYER, offerId: 'o2' },
    ).order;
    const closed = endRequests(of(order), 'closed').order;
    expect(closed.requests).toEqual(none);
    expect(closed.offers.map((offer) => offer.status)).toEqual(['closed', 'declined']);
    expect(endRequests(of(order), 'withdrawn').order.offers.map((offer) => offer.status)).toEqual([
      'withdrawn',
      'declined',
    ]);
  });
});
