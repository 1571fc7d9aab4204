import { describe, expect, it } from 'vitest';
import { applyEvent, getBalances, nextDeadline, type Order, type OrderEvent } from '../../src';
import {
  apply,
  BUYER,
  deepFreeze,
  expectError,
  expectOk,
  PLATFORM,
  placed,
  run,
  SELLER,
  SYSTEM,
} from '../support/fixtures';

// SPEC §5: completed, cancelled and expired are final. Every event on a final order is
// ORDER_CLOSED; ticks are ok with no change; final orders hold 0 (§7.5).
//
//   completed  accept 03-01T12:00Z, deliver 03-03T12:00Z, complete 03-04T12:00Z (v4)
//   cancelled  decline 03-01T12:00Z (v2)
//   expired    accept 03-01T12:00Z, tick 08-01T10:00Z: late, then expiry (v3)

const accept: OrderEvent = { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: SELLER, id: 'evt-accept' };
const tick = (at: string): OrderEvent => ({ type: 'clock.tick', at, by: SYSTEM });

const FINAL: readonly { status: string; version: number; make: () => Order; balances: object }[] = [
  {
    status: 'completed',
    version: 4,
    make: () =>
      run(
        placed(),
        accept,
        { type: 'order.deliver', at: '2026-03-03T12:00:00Z', by: SELLER },
        { type: 'order.complete', at: '2026-03-04T12:00:00Z', by: BUYER },
      ).order,
    balances: { currency: 'EUR', paidIn: '57.50', held: '0.00', refunded: '0.00', paidOut: '45.00', revenue: '12.50' },
  },
  {
    status: 'cancelled',
    version: 2,
    make: () => run(placed(), { type: 'order.decline', at: '2026-03-01T12:00:00Z', by: SELLER }).order,
    balances: { currency: 'EUR', paidIn: '57.50', held: '0.00', refunded: '57.50', paidOut: '0.00', revenue: '0.00' },
  },
  {
    status: 'expired',
    version: 3,
    make: () => run(placed(), accept, tick('2026-08-01T10:00:00Z')).order,
    balances: { currency: 'EUR', paidIn: '57.50', held: '0.00', refunded: '0.00', paidOut: '0.00', revenue: '57.50' },
  },
];

// One well-formed event of every type from a sender allowed to send it, after every last change.
const AT = '2026-09-01T00:00:00Z';
const EVENTS: readonly OrderEvent[] = [
  { type: 'order.accept', at: AT, by: SELLER },
  { type: 'order.decline', at: AT, by: SELLER },
  { type: 'order.cancel', at: AT, by: BUYER },
  { type: 'order.cancel', at: AT, by: SELLER },
  { type: 'order.cancel', at: AT, by: PLATFORM },
  { type: 'order.deliver', at: AT, by: SELLER },
  { type: 'order.complete', at: AT, by: BUYER },
  { type: 'revision.request', at: AT, by: BUYER },
  { type: 'revision.accept', at: AT, by: SELLER },
  { type: 'revision.decline', at: AT, by: SELLER },
  { type: 'cancellation.request', at: AT, by: BUYER },
  { type: 'cancellation.accept', at: AT, by: SELLER },
  { type: 'cancellation.decline', at: AT, by: SELLER },
  { type: 'cancellation.withdraw', at: AT, by: BUYER },
  { type: 'extension.request', at: AT, by: SELLER, days: 2 },
  { type: 'extension.accept', at: AT, by: BUYER },
  { type: 'extension.decline', at: AT, by: BUYER },
  { type: 'extension.withdraw', at: AT, by: SELLER },
  {
    type: 'option.add',
    at: AT,
    by: BUYER,
    option: { id: 'opt-9', label: 'Rush', price: '10.00', extraDays: 1 },
    payment: { id: 'pay-9', amount: '10.50' },
  },
  {
    type: 'offer.propose',
    at: AT,
    by: SELLER,
    offer: { id: 'offer-9', label: 'Variant', price: '30.00', extraDays: 1 },
  },
  { type: 'offer.accept', at: AT, by: BUYER, offerId: 'offer-9', payment: { id: 'pay-9', amount: '31.50' } },
  { type: 'offer.decline', at: AT, by: BUYER, offerId: 'offer-9' },
  { type: 'offer.withdraw', at: AT, by: SELLER, offerId: 'offer-9' },
  { type: 'refund.propose', at: AT, by: BUYER, amount: '10.00' },
  { type: 'refund.accept', at: AT, by: SELLER },
  { type: 'refund.decline', at: AT, by: SELLER },
  { type: 'refund.withdraw', at: AT, by: BUYER },
  { type: 'dispute.open', at: AT, by: BUYER },
  { type: 'dispute.withdraw', at: AT, by: BUYER },
  { type: 'dispute.resolve', at: AT, by: PLATFORM, outcome: 'refund' },
];

describe.each(FINAL)('final status $status', ({ status, version, make, balances }) => {
  it(`is reached with version ${version}`, () => {
    const order = make();
    expect(order.status).toBe(status);
    expect(order.version).toBe(version);
  });

  it.each(EVENTS.map((event) => [`${event.type} by the ${event.by.role}`, event] as const))(
    'is ORDER_CLOSED for %s and leaves the order unchanged',
    (_name, event) => {
      const order = deepFreeze(make());
      const before = JSON.stringify(order);
      const error = expectError(applyEvent(order, event));
      expect(error.code).toBe('ORDER_CLOSED');
      expect(error.details).toEqual({ rule: 'order.closed', status });
      expect(JSON.stringify(order)).toBe(before);
    },
  );

  it('answers a tick ok with no change and the same version', () => {
    const order = make();
    const result = expectOk(apply(order, tick('2027-01-01T00:00:00Z')));
    expect(result.order).toEqual(order);
    expect(result.order.version).toBe(version);
    expect(result.effects).toEqual([]);
    expect(result.duplicate).toBeUndefined();
  });

  it('answers an old tick ok with no change', () => {
    const order = make();
    const result = expectOk(apply(order, tick('2026-03-01T10:00:00Z')));
    expect(result.order).toEqual(order);
    expect(result.effects).toEqual([]);
  });

  it('holds 0 and conserves what was paid in', () => {
    expect(getBalances(make())).toEqual(balances);
  });

  it('has no pending deadline', () => {
    expect(nextDeadline(make())).toBeNull();
  });
});

describe('final statuses: requests and duplicates', () => {
  it('closes every pending request and offer without an effect of its own when the order ends', () => {
    const busy = run(
      placed(),
      accept,
      { type: 'cancellation.request', at: '2026-03-01T13:00:00Z', by: BUYER },
      { type: 'extension.request', at: '2026-03-01T13:00:00Z', by: SELLER, days: 1 },
      { type: 'refund.propose', at: '2026-03-01T13:00:00Z', by: SELLER, amount: '10.00' },
      {
        type: 'offer.propose',
        at: '2026-03-01T13:00:00Z',
        by: SELLER,
        offer: { id: 'offer-1', label: 'Variant', price: '30.00', extraDays: 1 },
      },
    ).order;
    const result = expectOk(apply(busy, { type: 'order.cancel', at: '2026-03-01T14:00:00Z', by: SELLER }));
    expect(result.order.status).toBe('cancelled');
    expect(result.order.requests).toEqual({ cancellation: null, extension: null, refund: null });
    expect(result.order.offers.map((offer) => offer.status)).toEqual(['closed']);
    expect(result.effects).toEqual([
      {
        type: 'refund',
        paymentId: 'pay-1',
        amount: '57.50',
        currency: 'EUR',
        reason: 'order.cancel',
        at: '2026-03-01T14:00:00.000Z',
        orderId: 'o-1',
        version: 7,
        index: 0,
        idempotencyKey: 'o-1:7:0',
      },
      {
        type: 'notify',
        to: 'buyer',
        toId: 'b-1',
        event: 'order.cancelled',
        at: '2026-03-01T14:00:00.000Z',
        orderId: 'o-1',
        version: 7,
        index: 1,
        idempotencyKey: 'o-1:7:1',
      },
    ]);
  });

  it('answers an event id accepted earlier as a duplicate, even once the order is final', () => {
    const order = FINAL[0]!.make();
    const result = expectOk(apply(order, accept));
    expect(result.duplicate).toBe(true);
    expect(result.order).toEqual(order);
    expect(result.effects).toEqual([]);
  });
});
