import { describe, expect, it } from 'vitest';
import { refundRoom, refuseNoRefundRoom, refuseRefundAmount } from '../../../src/order/rules/refund';
import { at, BUYER, HOUR, inProgress, placed, run, SELLER, t0 } from '../orders';

/** The worked checkout has S = 50.00; after a refund of `amount` the room is 50.00 − amount. */
const refunded = (amount: string) =>
  run(
    inProgress(),
    { type: 'refund.propose', at: at(t0, HOUR), by: SELLER, amount },
    { type: 'refund.accept', at: at(t0, 2 * HOUR), by: BUYER },
  ).order;

const outOfRange = (path: string, below: string) => ({
  code: 'INVALID_INPUT',
  message: `"${path}" must be above 0 and below ${below} EUR, what is left of the items; for everything, cancel instead.`,
  details: { rule: 'refund.outOfRange', path, below },
});

describe('refuseRefundAmount', () => {
  it('accepts an amount strictly inside (0, S − refunds so far)', () => {
    expect(refuseRefundAmount(placed(), '0.01', 'amount')).toBeUndefined();
    expect(refuseRefundAmount(placed(), '49.99', 'amount')).toBeUndefined();
    expect(refuseRefundAmount(refunded('10.00'), '39.99', 'amount')).toBeUndefined();
  });

  it('refuses 0 and the whole room, with the bound in the message and details', () => {
    expect(refuseRefundAmount(placed(), '0', 'amount')).toEqual(outOfRange('amount', '50.00'));
    expect(refuseRefundAmount(placed(), '50.00', 'refund')).toEqual(outOfRange('refund', '50.00'));
    expect(refuseRefundAmount(refunded('10.00'), '40', 'amount')).toEqual(outOfRange('amount', '40.00'));
  });
});

describe('refuseNoRefundRoom', () => {
  it('passes while at least two minor units are left, so one can be refunded', () => {
    expect(refuseNoRefundRoom(placed())).toBeUndefined();
    expect(refuseNoRefundRoom(refunded('49.98'))).toBeUndefined();
  });

  it('refuses once only one minor unit is left: (0, 0.01) holds no amount', () => {
    expect(refuseNoRefundRoom(refunded('49.99'))).toEqual(outOfRange('amount', '0.01'));
  });

  it('counts minor units in the currency: one yen is the unit of JPY', () => {
    const yen = placed({
      currency: 'JPY',
      items: [{ id: 'gig', label: 'Logo', price: '2' }],
      tip: '0',
      payment: { id: 'pay-1', amount: '2' },
      fees: { buyerFee: { rate: '0' }, commission: { rate: '0.20' } },
    });
    expect(refundRoom(yen).toString()).toBe('2');
    expect(refuseNoRefundRoom(yen)).toBeUndefined();
    const one = placed({
      currency: 'JPY',
      items: [{ id: 'gig', label: 'Logo', price: '1' }],
      tip: '0',
      payment: { id: 'pay-1', amount: '1' },
      fees: { buyerFee: { rate: '0' }, commission: { rate: '0.20' } },
    });
    expect(refuseNoRefundRoom(one)).toMatchObject({
      code: 'INVALID_INPUT',
      details: { rule: 'refund.outOfRange', below: '1' },
    });
  });
});

describe('refundRoom', () => {
  it('is S minus the partial refunds so far', () => {
    expect(refundRoom(placed()).toFixed(2)).toBe('50.00');
    expect(refundRoom(refunded('12.34')).toFixed(2)).toBe('37.66');
  });
});
