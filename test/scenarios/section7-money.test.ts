import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  createOrder,
  getBalances,
  type Order,
  type OrderEvent,
  type OrderInput,
  presets,
  quoteExtra,
  quoteOrder,
} from '../../src';
import {
  at,
  BUYER,
  checkout,
  DAY,
  deepFreeze,
  ev,
  expectError,
  expectOk,
  HOUR,
  keyed,
  PLATFORM,
  placed,
  run,
  SELLER,
  t0,
} from '../support/fixtures';

// SPEC §7: the worked numbers, carried through whole orders rather than the escrow functions alone.

const balances = (
  currency: string,
  paidIn: string,
  held: string,
  refunded: string,
  paidOut: string,
  revenue: string,
) => ({ currency, paidIn, held, refunded, paidOut, revenue });
const ACCEPT = at(t0, HOUR); // 2026-03-01T11:00:00.000Z
const DELIVER = at(t0, 2 * DAY); // 2026-03-03T10:00:00.000Z
const DONE = at(t0, 3 * DAY); // 2026-03-04T10:00:00.000Z
const accept = ev('order.accept', ACCEPT, SELLER);
const deliverAndComplete = [ev('order.deliver', DELIVER, SELLER), ev('order.complete', DONE, BUYER)] as const;
const fees = (buyerRate: string, commission: string, tipRate?: string) => ({
  buyerFee: { rate: buyerRate },
  commission: { rate: commission },
  ...(tipRate === undefined ? {} : { tipCommission: { rate: tipRate } }),
});
const items = (...prices: string[]) => prices.map((price, i) => ({ id: `item-${i}`, label: `Item ${i}`, price }));
/** The money effects of a result, without the notifications. */
const money = (effects: readonly { type: string }[]) => effects.filter((effect) => effect.type !== 'notify');

/** Applies a refused event to a frozen order: returns the error and checks the caller's order is unchanged. */
function refusal(order: Order, event: OrderEvent) {
  const before = structuredClone(order);
  const error = expectError(applyEvent(deepFreeze(order), event));
  expect(order).toEqual(before);
  return error;
}

describe('§7.2 what the buyer pays', () => {
  it('charges 40.00 + 10.00 + tip 5.00 + fee 5 % = 57.50 at checkout and holds it all', () => {
    const quote = quoteOrder({ currency: 'EUR', items: checkout().items, tip: '5.00', fees: fees('0.05', '0.20') });
    expect(quote).toEqual({ currency: 'EUR', subtotal: '50.00', tip: '5.00', buyerFee: '2.50', total: '57.50' });
    const result = expectOk(createOrder(checkout({ payment: { id: 'pay-1', amount: '57.5' } })));
    expect(result.order).toMatchObject({ status: 'pending', version: 1, currency: 'EUR' });
    expect(result.order.history).toEqual([
      { version: 1, type: 'order.placed', at: '2026-03-01T10:00:00.000Z', by: BUYER },
    ]);
    expect(result.effects).toEqual([
      {
        type: 'notify',
        to: 'seller',
        toId: 's-1',
        event: 'order.placed',
        at: '2026-03-01T10:00:00.000Z',
        orderId: 'o-1',
        version: 1,
        index: 0,
        idempotencyKey: 'o-1:1:0',
      },
    ]);
    expect(getBalances(result.order)).toEqual(balances('EUR', '57.50', '57.50', '0.00', '0.00', '0.00'));
  });

  it('is AMOUNT_MISMATCH with details.expected for a checkout payment that is not the quote', () => {
    const error = expectError(createOrder(checkout({ payment: { id: 'pay-1', amount: '57.49' } })));
    expect(error).toMatchObject({
      code: 'AMOUNT_MISMATCH',
      details: { rule: 'payment.amountMismatch', expected: '57.50' },
    });
  });

  it('rounds a fee tie to even: S = 10.10 at 5 % → F = 0.50', () => {
    expect(quoteOrder({ currency: 'EUR', items: items('10.10'), fees: fees('0.05', '0.20') })).toEqual({
      currency: 'EUR',
      subtotal: '10.10',
      tip: '0.00',
      buyerFee: '0.50',
      total: '10.60',
    });
  });

  it('adds a fixed buyer fee once, on top of the rate', () => {
    const input = {
      currency: 'EUR',
      items: items('50.00'),
      fees: { buyerFee: { rate: '0.05', fixed: '0.5' }, commission: { rate: '0.20' } },
    };
    expect(quoteOrder(input).buyerFee).toBe('3.00');
    const order = run(
      expectOk(createOrder({ ...checkout(input), tip: undefined, payment: { id: 'pay-1', amount: '53.00' } })).order,
      accept,
    ).order;
    expect(quoteExtra(order, '15.00')).toEqual({
      currency: 'EUR',
      subtotal: '15.00',
      tip: '0.00',
      buyerFee: '0.75',
      total: '15.75',
    });
  });
});

describe('§7.4 release', () => {
  /** S = 49.99 + option 15.00 + offer 20.00 = 84.99, paid 52.49 + 15.75 + 21.00. */
  function worked(): Order {
    const order = run(
      placed({ items: items('49.99'), tip: '0', payment: { id: 'pay-1', amount: '52.49' } }),
      accept,
    ).order;
    expect(quoteExtra(order, '15.00').total).toBe('15.75');
    const withOption = run(
      order,
      ev('option.add', at(t0, 2 * HOUR), BUYER, {
        option: { id: 'src', label: 'Sources', price: '15.00', extraDays: 0 },
        payment: { id: 'pay-2', amount: '15.75' },
      }),
    ).order;
    expect(quoteExtra(withOption, '20.00').total).toBe('21.00');
    return run(
      withOption,
      ev('offer.propose', at(t0, 3 * HOUR), SELLER, {
        offer: { id: 'anim', label: 'Animation', price: '20.00', extraDays: 0 },
      }),
      ev('offer.accept', at(t0, 4 * HOUR), BUYER, { offerId: 'anim', payment: { id: 'pay-3', amount: '21.00' } }),
    ).order;
  }

  it('pays the seller 67.99 on S = 84.99 at 20 %: C = 17.00, and books the fee 4.25', () => {
    const order = worked();
    expect(order.escrow.subtotal).toBe('84.99');
    const result = run(order, ...deliverAndComplete);
    expect(money(result.effects)).toEqual([
      {
        type: 'payout',
        sellerId: 's-1',
        amount: '67.99',
        currency: 'EUR',
        at: '2026-03-04T10:00:00.000Z',
        orderId: 'o-1',
        version: 7,
        index: 0,
        idempotencyKey: 'o-1:7:0',
      },
      {
        type: 'revenue',
        amount: '21.25',
        currency: 'EUR',
        at: '2026-03-04T10:00:00.000Z',
        orderId: 'o-1',
        version: 7,
        index: 1,
        idempotencyKey: 'o-1:7:1',
        breakdown: { commission: '17.00', tipCommission: '0.00', buyerFee: '4.25', forfeited: '0.00' },
      },
    ]);
    expect(getBalances(result.order)).toEqual(balances('EUR', '89.24', '0.00', '0.00', '67.99', '21.25'));
  });

  it('rounds a commission tie to even: S = 10.10 at 15 % → C = 1.52', () => {
    const order = placed({
      items: items('10.10'),
      tip: '0.00',
      fees: fees('0', '0.15'),
      payment: { id: 'pay-1', amount: '10.10' },
    });
    const result = run(order, accept, ...deliverAndComplete);
    expect(money(result.effects)).toMatchObject([
      { type: 'payout', amount: '8.58' },
      {
        type: 'revenue',
        amount: '1.52',
        breakdown: { commission: '1.52', tipCommission: '0.00', buyerFee: '0.00', forfeited: '0.00' },
      },
    ]);
  });

  it('keeps the tip commission: tip 5.00 at 10 % → Ct = 0.50, seller 44.50', () => {
    const result = run(placed({ fees: fees('0.05', '0.20', '0.10') }), accept, ...deliverAndComplete);
    expect(money(result.effects)).toMatchObject([
      { type: 'payout', amount: '44.50' },
      {
        type: 'revenue',
        amount: '13.00',
        breakdown: { commission: '10.00', tipCommission: '0.50', buyerFee: '2.50', forfeited: '0.00' },
      },
    ]);
    expect(getBalances(result.order)).toEqual(balances('EUR', '57.50', '0.00', '0.00', '44.50', '13.00'));
  });
});

describe('§7.3 refunds', () => {
  /** Checkout 57.50 (pay-1), option 15.00 paid 15.75 (pay-2), offer 20.00 paid 21.00 (pay-3): S = 85.00, F = 4.25. */
  function threePayments(overrides: Partial<OrderInput> = {}): Order {
    return run(
      placed(overrides),
      accept,
      ev('option.add', at(t0, 2 * HOUR), BUYER, {
        option: { id: 'src', label: 'Sources', price: '15.00', extraDays: 0 },
        payment: { id: 'pay-2', amount: '15.75' },
      }),
      ev('offer.propose', at(t0, 3 * HOUR), SELLER, {
        offer: { id: 'anim', label: 'Animation', price: '20.00', extraDays: 0 },
      }),
      ev('offer.accept', at(t0, 4 * HOUR), BUYER, { offerId: 'anim', payment: { id: 'pay-3', amount: '21.00' } }),
    ).order;
  }
  const refund = (paymentId: string, amount: string, reason: string, when: string, idempotencyKey: string) => ({
    type: 'refund',
    paymentId,
    amount,
    currency: 'EUR',
    reason,
    at: when,
    ...keyed(idempotencyKey),
  });

  it('routes a full refund to the newest payment first, one refund effect per payment', () => {
    const result = run(threePayments(), ev('order.cancel', DONE, SELLER));
    expect(money(result.effects)).toEqual([
      refund('pay-3', '21.00', 'order.cancel', '2026-03-04T10:00:00.000Z', 'o-1:6:0'),
      refund('pay-2', '15.75', 'order.cancel', '2026-03-04T10:00:00.000Z', 'o-1:6:1'),
      refund('pay-1', '57.50', 'order.cancel', '2026-03-04T10:00:00.000Z', 'o-1:6:2'),
    ]);
    expect(getBalances(result.order)).toEqual(balances('EUR', '94.25', '0.00', '94.25', '0.00', '0.00'));
  });

  it('never refunds a payment beyond what is left of it', () => {
    const partly = run(
      threePayments(),
      ev('refund.propose', DELIVER, SELLER, { amount: '30.00' }),
      ev('refund.accept', DELIVER, BUYER),
    );
    expect(money(partly.effects)).toEqual([
      refund('pay-3', '21.00', 'refund.accept', '2026-03-03T10:00:00.000Z', 'o-1:7:0'),
      refund('pay-2', '10.50', 'refund.accept', '2026-03-03T10:00:00.000Z', 'o-1:7:1'),
    ]);
    const cancelled = run(partly.order, ev('order.cancel', DONE, SELLER));
    expect(money(cancelled.effects)).toEqual([
      refund('pay-2', '5.25', 'order.cancel', '2026-03-04T10:00:00.000Z', 'o-1:8:0'),
      refund('pay-1', '57.50', 'order.cancel', '2026-03-04T10:00:00.000Z', 'o-1:8:1'),
    ]);
  });

  it('keeps the buyer fee as revenue breakdown.buyerFee when refundBuyerFee.onCancel is false', () => {
    const policy = {
      ...presets.comeup,
      refundBuyerFee: { onCancel: false, onPartialRefund: 'proportional' as const },
      name: 'x',
    };
    const result = run(placed({ policy }), ev('order.cancel', ACCEPT, PLATFORM));
    expect(money(result.effects)).toEqual([
      refund('pay-1', '55.00', 'order.cancel', '2026-03-01T11:00:00.000Z', 'o-1:2:0'),
      {
        type: 'revenue',
        amount: '2.50',
        currency: 'EUR',
        at: '2026-03-01T11:00:00.000Z',
        orderId: 'o-1',
        version: 2,
        index: 1,
        idempotencyKey: 'o-1:2:1',
        breakdown: { commission: '0.00', tipCommission: '0.00', buyerFee: '2.50', forfeited: '0.00' },
      },
    ]);
    expect(getBalances(result.order)).toEqual(balances('EUR', '57.50', '0.00', '55.00', '0.00', '2.50'));
  });

  it('keeps only the fee not yet refunded when onCancel is false after a partial refund', () => {
    const policy = {
      ...presets.comeup,
      refundBuyerFee: { onCancel: false, onPartialRefund: 'proportional' as const },
      name: 'x',
    };
    const partly = run(
      placed({ policy }),
      accept,
      ev('refund.propose', DELIVER, BUYER, { amount: '10.00' }),
      ev('refund.accept', DELIVER, SELLER),
    ).order;
    const result = run(partly, ev('order.cancel', DONE, SELLER));
    expect(money(result.effects)).toMatchObject([
      { type: 'refund', paymentId: 'pay-1', amount: '45.00' },
      { type: 'revenue', amount: '2.00', breakdown: { buyerFee: '2.00' } },
    ]);
    expect(getBalances(result.order)).toEqual(balances('EUR', '57.50', '0.00', '55.50', '0.00', '2.00'));
  });
});

describe('§7.1 currencies', () => {
  it('runs a JPY order with no minor unit: S = 1010 at 5 % → F = 50, commission 15 % → 152', () => {
    const input = { currency: 'JPY', items: items('1000', '10'), tip: '100', fees: fees('0.05', '0.15') };
    expect(quoteOrder(input)).toEqual({ currency: 'JPY', subtotal: '1010', tip: '100', buyerFee: '50', total: '1160' });
    const order = run(placed({ ...input, payment: { id: 'pay-1', amount: '1160' } }), accept).order;
    const decimals = refusal(order, ev('refund.propose', DELIVER, BUYER, { amount: '10.5' }));
    expect(decimals).toMatchObject({ code: 'INVALID_INPUT', details: { rule: 'amount.tooManyDecimals' } });
    const refunded = run(
      order,
      ev('refund.propose', DELIVER, BUYER, { amount: '101' }),
      ev('refund.accept', DELIVER, SELLER),
    );
    expect(money(refunded.effects)).toMatchObject([{ type: 'refund', amount: '106', currency: 'JPY' }]);
    const result = run(refunded.order, ev('order.deliver', DELIVER, SELLER), ev('order.complete', DONE, BUYER));
    expect(money(result.effects)).toMatchObject([
      { type: 'payout', amount: '873', currency: 'JPY' },
      {
        type: 'revenue',
        amount: '181',
        breakdown: { commission: '136', tipCommission: '0', buyerFee: '45', forfeited: '0' },
      },
    ]);
    expect(getBalances(result.order)).toEqual(balances('JPY', '1160', '0', '106', '873', '181'));
  });

  it('runs a KWD order with three decimals: 12.345 + tip 0.5 + fee 0.617 = 13.462', () => {
    const input = { currency: 'KWD', items: items('12.345'), tip: '0.5', fees: fees('0.05', '0.20') };
    expect(quoteOrder(input)).toEqual({
      currency: 'KWD',
      subtotal: '12.345',
      tip: '0.500',
      buyerFee: '0.617',
      total: '13.462',
    });
    const result = run(placed({ ...input, payment: { id: 'pay-1', amount: '13.462' } }), accept, ...deliverAndComplete);
    expect(money(result.effects)).toEqual([
      {
        type: 'payout',
        sellerId: 's-1',
        amount: '10.376',
        currency: 'KWD',
        at: '2026-03-04T10:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 0,
        idempotencyKey: 'o-1:4:0',
      },
      {
        type: 'revenue',
        amount: '3.086',
        currency: 'KWD',
        at: '2026-03-04T10:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 1,
        idempotencyKey: 'o-1:4:1',
        breakdown: { commission: '2.469', tipCommission: '0.000', buyerFee: '0.617', forfeited: '0.000' },
      },
    ]);
    expect(getBalances(result.order)).toEqual(balances('KWD', '13.462', '0.000', '0.000', '10.376', '3.086'));
  });
});
