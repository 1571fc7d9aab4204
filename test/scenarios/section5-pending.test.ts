import { describe, expect, it } from 'vitest';
import { getBalances, nextDeadline, type OrderEvent, presets } from '../../src';
import { apply, BUYER, expectOk, PLATFORM, placed, run, SELLER, SYSTEM } from '../support/fixtures';
import { notify, refund, refused } from '../support/scenarioEffects';

// SPEC §5 pending (en attente): paid, waiting for the seller. Worked checkout of §7.2:
// 40.00 + 10.00, tip 5.00, buyer fee 5 % → 57.50 on pay-1, placed at t0 = 2026-03-01T10:00Z.
//
//   t0              2026-03-01T10:00Z  order.placed (v1)
//   t0 + PT48H      2026-03-03T10:00Z  acceptance window ends
//   t0 + P5M        2026-08-01T10:00Z  expiry

/** A 20.00 option with 2 extra days: 20.00 + F(70.00) − F(50.00) = 20.00 + 3.50 − 2.50 = 21.00. */
const sourceFiles = (at: string): OrderEvent => ({
  type: 'option.add',
  at,
  by: BUYER,
  option: { id: 'opt-1', label: 'Source files', price: '20.00', extraDays: 2 },
  payment: { id: 'pay-2', amount: '21.00' },
});
/** A 10.00 option with 1 extra day: 10.00 + F(80.00) − F(70.00) = 10.00 + 4.00 − 3.50 = 10.50. */
const rush = (at: string): OrderEvent => ({
  type: 'option.add',
  at,
  by: BUYER,
  option: { id: 'opt-2', label: 'Rush', price: '10.00', extraDays: 1 },
  payment: { id: 'pay-3', amount: '10.50' },
});

describe('pending: order.accept', () => {
  it('moves to inProgress with the delivery deadline at acceptance + deliveryDays', () => {
    const order = placed();
    expect(order.status).toBe('pending');
    expect(order.deliveryDeadline).toBeNull();
    expect(nextDeadline(order)).toEqual({ at: '2026-03-03T10:00:00.000Z', kind: 'acceptance' });

    const result = expectOk(apply(order, { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: SELLER }));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.version).toBe(2);
    expect(result.order.acceptedAt).toBe('2026-03-01T12:00:00.000Z');
    expect(result.order.deliveryDeadline).toBe('2026-03-04T12:00:00.000Z');
    expect(result.order.lateSince).toBeNull();
    expect(result.effects).toEqual([notify('buyer', 'order.accepted', '2026-03-01T12:00:00.000Z', 'o-1:2:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 2,
      type: 'order.accept',
      at: '2026-03-01T12:00:00.000Z',
      by: SELLER,
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '57.50',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '0.00',
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-04T12:00:00.000Z', kind: 'delivery' });
  });

  it('adds the extraDays of every option bought while pending to the delivery deadline', () => {
    const withOptions = run(placed(), sourceFiles('2026-03-01T11:00:00Z'), rush('2026-03-01T11:30:00Z')).order;
    const result = expectOk(apply(withOptions, { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: SELLER }));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.version).toBe(4);
    // 12:00 + 3 deliveryDays + 2 + 1 extraDays
    expect(result.order.deliveryDeadline).toBe('2026-03-07T12:00:00.000Z');
    expect(result.effects).toEqual([notify('buyer', 'order.accepted', '2026-03-01T12:00:00.000Z', 'o-1:4:0')]);
  });

  it('counts from an instant given with an offset and answers in UTC', () => {
    const result = expectOk(apply(placed(), { type: 'order.accept', at: '2026-03-01T13:00:00+01:00', by: SELLER }));
    expect(result.order.acceptedAt).toBe('2026-03-01T12:00:00.000Z');
    expect(result.order.deliveryDeadline).toBe('2026-03-04T12:00:00.000Z');
    expect(result.effects).toEqual([notify('buyer', 'order.accepted', '2026-03-01T12:00:00.000Z', 'o-1:2:0')]);
  });

  it('accepts at the last millisecond of the acceptance window', () => {
    const result = expectOk(apply(placed(), { type: 'order.accept', at: '2026-03-03T09:59:59.999Z', by: SELLER }));
    expect(result.order.status).toBe('inProgress');
    expect(result.order.deliveryDeadline).toBe('2026-03-06T09:59:59.999Z');
    expect(result.order.history.map((entry) => entry.type)).toEqual(['order.placed', 'order.accept']);
  });
});

describe('pending: option.add', () => {
  it('holds the option payment and keeps the order pending with no delivery deadline', () => {
    const result = expectOk(apply(placed(), sourceFiles('2026-03-01T11:00:00Z')));
    expect(result.order.status).toBe('pending');
    expect(result.order.version).toBe(2);
    expect(result.order.deliveryDeadline).toBeNull();
    expect(result.effects).toEqual([notify('seller', 'option.added', '2026-03-01T11:00:00.000Z', 'o-1:2:0')]);
    expect(result.order.history.at(-1)).toEqual({
      version: 2,
      type: 'option.add',
      at: '2026-03-01T11:00:00.000Z',
      by: BUYER,
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '78.50',
      held: '78.50',
      refunded: '0.00',
      paidOut: '0.00',
      revenue: '0.00',
    });
    expect(nextDeadline(result.order)).toEqual({ at: '2026-03-03T10:00:00.000Z', kind: 'acceptance' });
  });

  it('is AMOUNT_MISMATCH when the payment is not the price plus the rise of the buyer fee', () => {
    const event: OrderEvent = {
      ...sourceFiles('2026-03-01T11:00:00Z'),
      payment: { id: 'pay-2', amount: '20.00' },
    } as OrderEvent;
    const error = refused(placed(), event);
    expect(error.code).toBe('AMOUNT_MISMATCH');
    expect(error.details).toEqual({ rule: 'payment.amountMismatch', expected: '21.00' });
  });

  it('is CONFLICT for an option id already used by an item', () => {
    const event = sourceFiles('2026-03-01T11:00:00Z') as Extract<OrderEvent, { type: 'option.add' }>;
    const error = refused(placed(), { ...event, option: { ...event.option, id: 'gig' } });
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toEqual({ rule: 'option.idUsed' });
  });
});

describe('pending: order.decline and order.cancel', () => {
  it('refunds everything held when the seller declines', () => {
    const result = expectOk(
      apply(placed(), { type: 'order.decline', at: '2026-03-01T12:00:00Z', by: SELLER, reason: 'Fully booked' }),
    );
    expect(result.order.status).toBe('cancelled');
    expect(result.order.version).toBe(2);
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.decline', '2026-03-01T12:00:00.000Z', 'o-1:2:0'),
      notify('buyer', 'order.declined', '2026-03-01T12:00:00.000Z', 'o-1:2:1'),
    ]);
    expect(result.order.history.at(-1)).toEqual({
      version: 2,
      type: 'order.decline',
      at: '2026-03-01T12:00:00.000Z',
      by: SELLER,
      reason: 'Fully booked',
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '57.50',
      paidOut: '0.00',
      revenue: '0.00',
    });
    expect(nextDeadline(result.order)).toBeNull();
  });

  it.each([
    ['the buyer', BUYER, undefined, [['seller', 1]]],
    ['the seller', SELLER, undefined, [['buyer', 1]]],
    [
      'the platform, and tells both parties',
      PLATFORM,
      'Fraud check',
      [
        ['buyer', 1],
        ['seller', 2],
      ],
    ],
  ] as const)('refunds everything held when %s cancels', (_, by, reason, told) => {
    const event = { type: 'order.cancel', at: '2026-03-01T12:00:00Z', by, ...(reason ? { reason } : {}) } as const;
    const result = expectOk(apply(placed(), event));
    expect(result.order.status).toBe('cancelled');
    expect(result.order.version).toBe(2);
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-01T12:00:00.000Z', 'o-1:2:0'),
      ...told.map(([to, index]) => notify(to, 'order.cancelled', '2026-03-01T12:00:00.000Z', `o-1:2:${index}`)),
    ]);
    expect(result.order.history.at(-1)).toEqual({
      version: 2,
      type: 'order.cancel',
      at: '2026-03-01T12:00:00.000Z',
      by,
      ...(reason ? { reason } : {}),
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '57.50',
      paidOut: '0.00',
      revenue: '0.00',
    });
  });

  it('keeps the buyer fee as revenue on a decline when the policy says refundBuyerFee.onCancel false', () => {
    const policy = {
      ...presets.comeup,
      refundBuyerFee: { onCancel: false, onPartialRefund: 'proportional' as const },
      name: 'acme',
    };
    const result = expectOk(
      apply(placed({ policy }), { type: 'order.decline', at: '2026-03-01T12:00:00Z', by: SELLER }),
    );
    expect(result.order.status).toBe('cancelled');
    expect(result.effects).toEqual([
      refund('pay-1', '55.00', 'order.decline', '2026-03-01T12:00:00.000Z', 'o-1:2:0'),
      {
        type: 'revenue',
        amount: '2.50',
        currency: 'EUR',
        at: '2026-03-01T12:00:00.000Z',
        orderId: 'o-1',
        version: 2,
        index: 1,
        idempotencyKey: 'o-1:2:1',
        breakdown: { commission: '0.00', tipCommission: '0.00', buyerFee: '2.50', forfeited: '0.00' },
      },
      notify('buyer', 'order.declined', '2026-03-01T12:00:00.000Z', 'o-1:2:2'),
    ]);
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '55.00',
      paidOut: '0.00',
      revenue: '2.50',
    });
  });

  it('refunds every payment in full, newest first, when an order with an option is declined', () => {
    const withOption = run(placed(), sourceFiles('2026-03-01T11:00:00Z')).order;
    const result = expectOk(apply(withOption, { type: 'order.decline', at: '2026-03-01T12:00:00Z', by: SELLER }));
    expect(result.order.version).toBe(3);
    expect(result.effects).toEqual([
      refund('pay-2', '21.00', 'order.decline', '2026-03-01T12:00:00.000Z', 'o-1:3:0'),
      refund('pay-1', '57.50', 'order.decline', '2026-03-01T12:00:00.000Z', 'o-1:3:1'),
      notify('buyer', 'order.declined', '2026-03-01T12:00:00.000Z', 'o-1:3:2'),
    ]);
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '78.50',
      held: '0.00',
      refunded: '78.50',
      paidOut: '0.00',
      revenue: '0.00',
    });
  });
});

describe('pending: acceptance window (PT48H)', () => {
  const cancelledAtWindowEnd = (idempotencyBase: string) => [
    refund('pay-1', '57.50', 'deadline.acceptance', '2026-03-03T10:00:00.000Z', `${idempotencyBase}0`),
    notify('buyer', 'order.cancelled', '2026-03-03T10:00:00.000Z', `${idempotencyBase}1`),
    notify('seller', 'order.cancelled', '2026-03-03T10:00:00.000Z', `${idempotencyBase}2`),
  ];

  it('cancels with a full refund on a tick at exactly placedAt + 48h', () => {
    const result = expectOk(apply(placed(), { type: 'clock.tick', at: '2026-03-03T10:00:00Z', by: SYSTEM }));
    expect(result.order.status).toBe('cancelled');
    expect(result.order.version).toBe(2);
    expect(result.effects).toEqual(cancelledAtWindowEnd('o-1:2:'));
    expect(result.order.history.at(-1)).toEqual({
      version: 2,
      type: 'deadline.acceptance',
      at: '2026-03-03T10:00:00.000Z',
      by: { role: 'system' },
    });
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '57.50',
      held: '0.00',
      refunded: '57.50',
      paidOut: '0.00',
      revenue: '0.00',
    });
  });

  it('changes nothing on a tick one millisecond before the window ends', () => {
    const order = placed();
    const result = expectOk(apply(order, { type: 'clock.tick', at: '2026-03-03T09:59:59.999Z', by: SYSTEM }));
    expect(result.order).toEqual(order);
    expect(result.order.version).toBe(1);
    expect(result.effects).toEqual([]);
  });

  it('dates the cancellation at the end of the window when the tick comes later', () => {
    const result = expectOk(apply(placed(), { type: 'clock.tick', at: '2026-03-05T08:00:00Z', by: SYSTEM }));
    expect(result.order.status).toBe('cancelled');
    expect(result.order.version).toBe(2);
    expect(result.effects).toEqual(cancelledAtWindowEnd('o-1:2:'));
    expect(result.order.history).toHaveLength(2);
    expect(result.order.history.at(-1)).toEqual({
      version: 2,
      type: 'deadline.acceptance',
      at: '2026-03-03T10:00:00.000Z',
      by: { role: 'system' },
    });
  });

  it('follows the policy acceptanceWindow of the order', () => {
    const order = placed({ policy: { ...presets.comeup, acceptanceWindow: 'PT24H', name: 'acme' } });
    expect(nextDeadline(order)).toEqual({ at: '2026-03-02T10:00:00.000Z', kind: 'acceptance' });
    const result = expectOk(apply(order, { type: 'clock.tick', at: '2026-03-02T10:00:00Z', by: SYSTEM }));
    expect(result.order.status).toBe('cancelled');
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'deadline.acceptance', '2026-03-02T10:00:00.000Z', 'o-1:2:0'),
      notify('buyer', 'order.cancelled', '2026-03-02T10:00:00.000Z', 'o-1:2:1'),
      notify('seller', 'order.cancelled', '2026-03-02T10:00:00.000Z', 'o-1:2:2'),
    ]);
  });

  it('refunds every payment, newest first, when the window ends on an order with an option', () => {
    const withOption = run(placed(), sourceFiles('2026-03-01T11:00:00Z')).order;
    const result = expectOk(apply(withOption, { type: 'clock.tick', at: '2026-03-03T10:00:00Z', by: SYSTEM }));
    expect(result.order.version).toBe(3);
    expect(result.effects).toEqual([
      refund('pay-2', '21.00', 'deadline.acceptance', '2026-03-03T10:00:00.000Z', 'o-1:3:0'),
      refund('pay-1', '57.50', 'deadline.acceptance', '2026-03-03T10:00:00.000Z', 'o-1:3:1'),
      notify('buyer', 'order.cancelled', '2026-03-03T10:00:00.000Z', 'o-1:3:2'),
      notify('seller', 'order.cancelled', '2026-03-03T10:00:00.000Z', 'o-1:3:3'),
    ]);
    expect(getBalances(result.order)).toEqual({
      currency: 'EUR',
      paidIn: '78.50',
      held: '0.00',
      refunded: '78.50',
      paidOut: '0.00',
      revenue: '0.00',
    });
  });

  it('is ORDER_CLOSED for a seller accepting at exactly the end of the window', () => {
    const error = refused(placed(), { type: 'order.accept', at: '2026-03-03T10:00:00Z', by: SELLER });
    expect(error.code).toBe('ORDER_CLOSED');
    expect(error.details).toEqual({ rule: 'order.closed', status: 'cancelled' });
  });

  it('is ORDER_CLOSED for a seller accepting after the window, leaves the order unchanged, and the next tick cancels it at the window end', () => {
    const order = placed();
    const error = refused(order, { type: 'order.accept', at: '2026-03-03T11:00:00Z', by: SELLER });
    expect(error.code).toBe('ORDER_CLOSED');
    expect(error.details).toEqual({ rule: 'order.closed', status: 'cancelled' });
    expect(order.status).toBe('pending');
    expect(order.version).toBe(1);

    const ticked = expectOk(apply(order, { type: 'clock.tick', at: '2026-03-03T11:00:00Z', by: SYSTEM }));
    expect(ticked.order.status).toBe('cancelled');
    expect(ticked.order.version).toBe(2);
    expect(ticked.effects).toEqual(cancelledAtWindowEnd('o-1:2:'));
    expect(ticked.order.history.at(-1)).toEqual({
      version: 2,
      type: 'deadline.acceptance',
      at: '2026-03-03T10:00:00.000Z',
      by: { role: 'system' },
    });
  });

  it.each<[string, OrderEvent]>([
    ['a buyer cancelling', { type: 'order.cancel', at: '2026-03-04T10:00:00Z', by: BUYER }],
    ['a seller declining', { type: 'order.decline', at: '2026-03-04T10:00:00Z', by: SELLER }],
    ['a buyer adding an option', sourceFiles('2026-03-04T10:00:00Z')],
  ])('is ORDER_CLOSED for %s after the window', (_name, event) => {
    const error = refused(placed(), event);
    expect(error.code).toBe('ORDER_CLOSED');
    expect(error.details).toEqual({ rule: 'order.closed', status: 'cancelled' });
  });
});

describe('pending: events of later statuses', () => {
  it.each<[string, OrderEvent]>([
    ['order.deliver', { type: 'order.deliver', at: '2026-03-01T12:00:00Z', by: SELLER }],
    ['order.complete', { type: 'order.complete', at: '2026-03-01T12:00:00Z', by: BUYER }],
    ['revision.request', { type: 'revision.request', at: '2026-03-01T12:00:00Z', by: BUYER }],
    ['cancellation.request', { type: 'cancellation.request', at: '2026-03-01T12:00:00Z', by: BUYER }],
    ['extension.request', { type: 'extension.request', at: '2026-03-01T12:00:00Z', by: SELLER, days: 2 }],
    [
      'offer.propose',
      {
        type: 'offer.propose',
        at: '2026-03-01T12:00:00Z',
        by: SELLER,
        offer: { id: 'offer-1', label: 'Variant', price: '30.00', extraDays: 1 },
      },
    ],
    ['refund.propose', { type: 'refund.propose', at: '2026-03-01T12:00:00Z', by: BUYER, amount: '10.00' }],
    ['dispute.open', { type: 'dispute.open', at: '2026-03-01T12:00:00Z', by: BUYER }],
  ])('is NOT_ALLOWED to send %s while pending', (_type, event) => {
    const error = refused(placed(), event);
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.details).toEqual({ rule: 'status.refuses', status: 'pending' });
  });
});
