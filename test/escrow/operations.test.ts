import { describe, expect, it } from 'vitest';
import {
  type EscrowHolder,
  forfeit,
  getBalances,
  holdExtra,
  type PartialFeeRule,
  refundFull,
  refundPartial,
  release,
  SequestreError,
} from '../../src/entries/escrow';
import { routeRefund } from '../../src/escrow/routeRefund';
import { Dec } from '../../src/money';
import { AT, advance, deepFreeze, feesOf, opened, refusalOf, thrownBy, withExtra } from './fixtures';

/** Balances in SPEC §7.5 order, written as literals. */
function balances(paidIn: string, held: string, refunded: string, paidOut: string, revenue: string, currency = 'EUR') {
  return { currency, paidIn, held, refunded, paidOut, revenue };
}

function breakdown(parts: { commission?: string; tipCommission?: string; buyerFee?: string; forfeited?: string }) {
  return { commission: '0.00', tipCommission: '0.00', buyerFee: '0.00', forfeited: '0.00', ...parts };
}

const WORKED_FEES = feesOf({ buyerRate: '0.05', commissionRate: '0.20' });

/** The research example: base €49.99 (52.49), option €15.00 (15.75), offer €20.00 (21.00). */
function worked(): EscrowHolder {
  const base = opened({ fees: WORKED_FEES, subtotal: '49.99', tip: '0.00', paid: '52.49', paymentId: 'pay-checkout' });
  const withOption = withExtra(base, '15.00', '15.75', 'pay-option');
  return withExtra(withOption, '20.00', '21.00', 'pay-offer');
}

function partial(holder: EscrowHolder, amount: string, buyerFee: PartialFeeRule = 'proportional') {
  return refundPartial(holder, { amount, buyerFee, at: AT, cause: 'refund.accept', version: 2 });
}

function releaseOf(holder: EscrowHolder) {
  return release(holder, { at: AT, cause: 'deadline.review', version: 2 });
}

function fullRefund(holder: EscrowHolder, refundBuyerFee: boolean) {
  return refundFull(holder, { refundBuyerFee, at: AT, cause: 'order.cancel', version: 2 });
}

describe('openEscrow and holdExtra', () => {
  it('holds the checkout payment: 49.99 + fee 2.50 = 52.49', () => {
    const holder = opened({ fees: WORKED_FEES, subtotal: '49.99', tip: '0.00', paid: '52.49' });
    expect(holder.escrow).toMatchObject({
      subtotal: '49.99',
      tip: '0.00',
      refundedItems: '0.00',
      refundedBuyerFee: '0.00',
    });
    expect(getBalances(holder)).toEqual(balances('52.49', '52.49', '0.00', '0.00', '0.00'));
  });

  it('holds an option paid 15.75 and an offer paid 21.00 on top of the checkout, with S = 84.99', () => {
    const holder = worked();
    expect(holder.escrow.subtotal).toBe('84.99');
    expect(holder.escrow.ledger.map((p) => [p.paymentId, p.amount])).toEqual([
      ['pay-checkout', '52.49'],
      ['pay-option', '15.75'],
      ['pay-offer', '21.00'],
    ]);
    expect(getBalances(holder)).toEqual(balances('89.24', '89.24', '0.00', '0.00', '0.00'));
  });

  it('decides no movement when money comes in', () => {
    const base = opened({ fees: WORKED_FEES, subtotal: '49.99', tip: '0.00', paid: '52.49' });
    const step = holdExtra(base, {
      price: '15.00',
      payment: { id: 'pay-option', amount: '15.75' },
      at: AT,
      cause: 'option.add',
      version: 2,
    });
    expect(step.movements).toEqual([]);
  });

  it('asserts that an extra payment equals its quote (a bug, not a refusal)', () => {
    const base = opened({ fees: WORKED_FEES, subtotal: '49.99', tip: '0.00', paid: '52.49' });
    const error = thrownBy(() =>
      holdExtra(base, {
        price: '15.00',
        payment: { id: 'pay-option', amount: '15.00' },
        at: AT,
        cause: 'option.add',
        version: 2,
      }),
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SequestreError);
  });
});

describe('release', () => {
  it('pays the seller 67.99 and keeps 21.25 (commission 17.00 + buyer fee 4.25) on S = 84.99 at 20 %', () => {
    const holder = worked();
    const step = releaseOf(holder);
    expect(step.movements).toEqual([
      { type: 'payout', amount: '67.99' },
      { type: 'revenue', amount: '21.25', breakdown: breakdown({ commission: '17.00', buyerFee: '4.25' }) },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('89.24', '0.00', '0.00', '67.99', '21.25'));
  });

  it('rounds a commission tie to even: S = 10.10 at 15 % → 1.515 → 1.52, seller 8.58', () => {
    const holder = opened({
      fees: feesOf({ buyerRate: '0', commissionRate: '0.15' }),
      subtotal: '10.10',
      tip: '0.00',
      paid: '10.10',
    });
    const step = releaseOf(holder);
    expect(step.movements).toEqual([
      { type: 'payout', amount: '8.58' },
      { type: 'revenue', amount: '1.52', breakdown: breakdown({ commission: '1.52' }) },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('10.10', '0.00', '0.00', '8.58', '1.52'));
  });

  it('takes the tip commission on the tip: T = 5.05 at 10 % → 0.505 → 0.50, seller 40.00 − 8.00 + 5.05 − 0.50 = 36.55', () => {
    const fees = feesOf({ buyerRate: '0.05', commissionRate: '0.20', tipRate: '0.10' });
    const holder = opened({ fees, subtotal: '40.00', tip: '5.05', paid: '47.05' });
    const step = releaseOf(holder);
    expect(step.movements).toEqual([
      { type: 'payout', amount: '36.55' },
      {
        type: 'revenue',
        amount: '10.50',
        breakdown: breakdown({ commission: '8.00', tipCommission: '0.50', buyerFee: '2.00' }),
      },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('47.05', '0.00', '0.00', '36.55', '10.50'));
  });

  it('gives the seller the whole tip when the tip commission rate is 0', () => {
    const holder = opened({ fees: WORKED_FEES, subtotal: '40.00', tip: '5.00', paid: '47.00' });
    const step = releaseOf(holder);
    expect(step.movements).toEqual([
      { type: 'payout', amount: '37.00' },
      { type: 'revenue', amount: '10.00', breakdown: breakdown({ commission: '8.00', buyerFee: '2.00' }) },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('47.00', '0.00', '0.00', '37.00', '10.00'));
  });

  it('decides no payout when the seller gets nothing (commission rate 1, no tip)', () => {
    const holder = opened({
      fees: feesOf({ buyerRate: '0', commissionRate: '1' }),
      subtotal: '10.00',
      tip: '0.00',
      paid: '10.00',
    });
    const step = releaseOf(holder);
    expect(step.movements).toEqual([
      { type: 'revenue', amount: '10.00', breakdown: breakdown({ commission: '10.00' }) },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('10.00', '0.00', '0.00', '0.00', '10.00'));
  });

  it('decides no revenue when the platform keeps nothing (all rates 0)', () => {
    const holder = opened({
      fees: feesOf({ buyerRate: '0', commissionRate: '0' }),
      subtotal: '10.00',
      tip: '1.00',
      paid: '11.00',
    });
    const step = releaseOf(holder);
    expect(step.movements).toEqual([{ type: 'payout', amount: '11.00' }]);
    expect(getBalances(advance(holder, step))).toEqual(balances('11.00', '0.00', '0.00', '11.00', '0.00'));
  });

  it('uses E = S − R after a partial refund: E = 54.99, C = 11.00, seller 43.99, platform 11.00 + fee left 2.75', () => {
    const refunded = advance(worked(), partial(worked(), '30.00'));
    const step = releaseOf(refunded);
    expect(step.movements).toEqual([
      { type: 'payout', amount: '43.99' },
      { type: 'revenue', amount: '13.75', breakdown: breakdown({ commission: '11.00', buyerFee: '2.75' }) },
    ]);
    expect(getBalances(advance(refunded, step))).toEqual(balances('89.24', '0.00', '31.50', '43.99', '13.75'));
  });

  it('writes JPY payouts without decimals: 1010 at 15 % → commission 152 (151.5 to even), seller 858', () => {
    const holder = opened({
      currency: 'JPY',
      fees: feesOf({ buyerRate: '0', commissionRate: '0.15', fixed: '0' }),
      subtotal: '1010',
      tip: '0',
      paid: '1010',
    });
    const step = releaseOf(holder);
    expect(step.movements).toEqual([
      { type: 'payout', amount: '858' },
      {
        type: 'revenue',
        amount: '152',
        breakdown: { commission: '152', tipCommission: '0', buyerFee: '0', forfeited: '0' },
      },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('1010', '0', '0', '858', '152', 'JPY'));
  });
});

describe('refundPartial', () => {
  it('gives back R = 30.00 plus round(4.25 × 30.00 / 84.99 = 1.5001…) = 1.50, newest payment first', () => {
    const holder = worked();
    const step = partial(holder, '30.00');
    expect(step.movements).toEqual([
      { type: 'refund', paymentId: 'pay-offer', amount: '21.00' },
      { type: 'refund', paymentId: 'pay-option', amount: '10.50' },
    ]);
    expect(step.escrow).toMatchObject({ subtotal: '84.99', refundedItems: '30.00', refundedBuyerFee: '1.50' });
    expect(getBalances(advance(holder, step))).toEqual(balances('89.24', '57.74', '31.50', '0.00', '0.00'));
  });

  it("gives back exactly R with the buyer fee rule 'none'", () => {
    const holder = worked();
    const step = partial(holder, '30.00', 'none');
    expect(step.movements).toEqual([
      { type: 'refund', paymentId: 'pay-offer', amount: '21.00' },
      { type: 'refund', paymentId: 'pay-option', amount: '9.00' },
    ]);
    expect(step.escrow).toMatchObject({ refundedItems: '30.00', refundedBuyerFee: '0.00' });
    expect(getBalances(advance(holder, step))).toEqual(balances('89.24', '59.24', '30.00', '0.00', '0.00'));
  });

  it('touches only the newest payment when it covers the refund: 10.00 + 0.50 from the offer', () => {
    const holder = worked();
    const step = partial(holder, '10.00');
    expect(step.movements).toEqual([{ type: 'refund', paymentId: 'pay-offer', amount: '10.50' }]);
    expect(getBalances(advance(holder, step))).toEqual(balances('89.24', '78.74', '10.50', '0.00', '0.00'));
  });

  it('never takes more from a payment than it has left: a second refund spills past the 10.50 left on the offer', () => {
    const first = advance(worked(), partial(worked(), '10.00'));
    const step = partial(first, '20.00');
    expect(step.movements).toEqual([
      { type: 'refund', paymentId: 'pay-offer', amount: '10.50' },
      { type: 'refund', paymentId: 'pay-option', amount: '10.50' },
    ]);
    expect(step.escrow).toMatchObject({ refundedItems: '30.00', refundedBuyerFee: '1.50' });
    expect(getBalances(advance(first, step))).toEqual(balances('89.24', '57.74', '31.50', '0.00', '0.00'));
  });

  it('caps fee refunds at the buyer fee: three refunds of 0.30 on S = 1.00, F = 0.05 give back 0.02, 0.02, then 0.01', () => {
    const fees = feesOf({ buyerRate: '0', commissionRate: '0.20', fixed: '0.05' });
    let holder = opened({ fees, subtotal: '1.00', tip: '0.00', paid: '1.05' });
    const given: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const step = partial(holder, '0.30');
      given.push(...step.movements.map((m) => m.amount));
      holder = advance(holder, step);
    }
    expect(given).toEqual(['0.32', '0.32', '0.31']);
    expect(holder.escrow).toMatchObject({ refundedItems: '0.90', refundedBuyerFee: '0.05' });
    expect(getBalances(holder)).toEqual(balances('1.05', '0.10', '0.95', '0.00', '0.00'));
    const step = releaseOf(holder);
    expect(step.movements).toEqual([
      { type: 'payout', amount: '0.08' },
      { type: 'revenue', amount: '0.02', breakdown: breakdown({ commission: '0.02' }) },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('1.05', '0.00', '0.95', '0.08', '0.02'));
  });

  it('never refunds the tip partially: after R = 39.99 on 40.00 + tip 5.00 the tip stays held and is paid at release', () => {
    const holder = opened({ fees: WORKED_FEES, subtotal: '40.00', tip: '5.00', paid: '47.00' });
    const step = partial(holder, '39.99');
    expect(step.movements).toEqual([{ type: 'refund', paymentId: 'pay-checkout', amount: '41.99' }]);
    const refunded = advance(holder, step);
    expect(getBalances(refunded)).toEqual(balances('47.00', '5.01', '41.99', '0.00', '0.00'));
    const done = releaseOf(refunded);
    expect(done.movements).toEqual([{ type: 'payout', amount: '5.01' }]);
    expect(getBalances(advance(refunded, done))).toEqual(balances('47.00', '0.00', '41.99', '5.01', '0.00'));
  });

  it.each([
    ['0.00', 'zero'],
    ['84.99', 'all of S'],
    ['90.00', 'more than S'],
  ])('asserts 0 < R < S − refunds so far: R = %s (%s) throws a plain Error', (amount) => {
    const error = thrownBy(() => partial(worked(), amount));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SequestreError);
  });

  it('asserts R below what is left after earlier refunds: 54.99 after 30.00 on 84.99 throws', () => {
    const first = advance(worked(), partial(worked(), '30.00'));
    expect(() => partial(first, '54.99')).toThrow(Error);
    expect(partial(first, '54.98').escrow.refundedItems).toBe('84.98');
  });
});

describe('refundFull', () => {
  it('gives back everything held, newest payment first, one movement per payment', () => {
    const holder = worked();
    const step = fullRefund(holder, true);
    expect(step.movements).toEqual([
      { type: 'refund', paymentId: 'pay-offer', amount: '21.00' },
      { type: 'refund', paymentId: 'pay-option', amount: '15.75' },
      { type: 'refund', paymentId: 'pay-checkout', amount: '52.49' },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('89.24', '0.00', '89.24', '0.00', '0.00'));
  });

  it('keeps the buyer fee 4.25 as revenue when refundBuyerFee is false', () => {
    const holder = worked();
    const step = fullRefund(holder, false);
    expect(step.movements).toEqual([
      { type: 'refund', paymentId: 'pay-offer', amount: '21.00' },
      { type: 'refund', paymentId: 'pay-option', amount: '15.75' },
      { type: 'refund', paymentId: 'pay-checkout', amount: '48.24' },
      { type: 'revenue', amount: '4.25', breakdown: breakdown({ buyerFee: '4.25' }) },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('89.24', '0.00', '84.99', '0.00', '4.25'));
  });

  it('gives back items, tip and fee: 40.00 + 5.00 + 2.00 = 47.00', () => {
    const holder = opened({ fees: WORKED_FEES, subtotal: '40.00', tip: '5.00', paid: '47.00' });
    const step = fullRefund(holder, true);
    expect(step.movements).toEqual([{ type: 'refund', paymentId: 'pay-checkout', amount: '47.00' }]);
    expect(getBalances(advance(holder, step))).toEqual(balances('47.00', '0.00', '47.00', '0.00', '0.00'));
  });

  it('gives back items and tip but keeps the fee when refundBuyerFee is false: 45.00 back, 2.00 kept', () => {
    const holder = opened({ fees: WORKED_FEES, subtotal: '40.00', tip: '5.00', paid: '47.00' });
    const step = fullRefund(holder, false);
    expect(step.movements).toEqual([
      { type: 'refund', paymentId: 'pay-checkout', amount: '45.00' },
      { type: 'revenue', amount: '2.00', breakdown: breakdown({ buyerFee: '2.00' }) },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('47.00', '0.00', '45.00', '0.00', '2.00'));
  });

  it('keeps only the fee not yet refunded after a partial refund: 2.75 kept, 54.99 back from what the payments have left', () => {
    const refunded = advance(worked(), partial(worked(), '30.00'));
    const step = fullRefund(refunded, false);
    expect(step.movements).toEqual([
      { type: 'refund', paymentId: 'pay-option', amount: '5.25' },
      { type: 'refund', paymentId: 'pay-checkout', amount: '49.74' },
      { type: 'revenue', amount: '2.75', breakdown: breakdown({ buyerFee: '2.75' }) },
    ]);
    expect(getBalances(advance(refunded, step))).toEqual(balances('89.24', '0.00', '86.49', '0.00', '2.75'));
  });

  it("gives back the rest after a partial refund with fee rule 'none': 59.24", () => {
    const refunded = advance(worked(), partial(worked(), '30.00', 'none'));
    const step = fullRefund(refunded, true);
    expect(step.movements).toEqual([
      { type: 'refund', paymentId: 'pay-option', amount: '6.75' },
      { type: 'refund', paymentId: 'pay-checkout', amount: '52.49' },
    ]);
    expect(getBalances(advance(refunded, step))).toEqual(balances('89.24', '0.00', '89.24', '0.00', '0.00'));
  });
});

describe('forfeit', () => {
  it('sends everything held to the platform as breakdown.forfeited', () => {
    const holder = worked();
    const step = forfeit(holder, { at: AT, cause: 'deadline.expiry', version: 2 });
    expect(step.movements).toEqual([
      { type: 'revenue', amount: '89.24', breakdown: breakdown({ forfeited: '89.24' }) },
    ]);
    expect(getBalances(advance(holder, step))).toEqual(balances('89.24', '0.00', '0.00', '0.00', '89.24'));
  });

  it('forfeits only what is still held after a partial refund: 57.74', () => {
    const refunded = advance(worked(), partial(worked(), '30.00'));
    const step = forfeit(refunded, { at: AT, cause: 'deadline.expiry', version: 2 });
    expect(step.movements).toEqual([
      { type: 'revenue', amount: '57.74', breakdown: breakdown({ forfeited: '57.74' }) },
    ]);
    expect(getBalances(advance(refunded, step))).toEqual(balances('89.24', '0.00', '31.50', '0.00', '57.74'));
  });
});

describe('routeRefund', () => {
  it('splits a refund over the payments newest first, never more than each has left', () => {
    const shares = routeRefund(worked().escrow.ledger, {
      items: new Dec('40.00'),
      tip: new Dec(0),
      buyerFee: new Dec(0),
    });
    expect(shares.map((s) => [s.paymentId, s.amount.toFixed(2)])).toEqual([
      ['pay-offer', '21.00'],
      ['pay-option', '15.75'],
      ['pay-checkout', '3.25'],
    ]);
  });

  it('skips a payment that has nothing left', () => {
    const refunded = advance(worked(), partial(worked(), '21.00', 'none'));
    const shares = routeRefund(refunded.escrow.ledger, {
      items: new Dec('2.00'),
      tip: new Dec(0),
      buyerFee: new Dec(0),
    });
    expect(shares.map((s) => [s.paymentId, s.amount.toFixed(2)])).toEqual([['pay-option', '2.00']]);
  });

  it('asserts that a refund does not exceed what the payments have left', () => {
    expect(() =>
      routeRefund(worked().escrow.ledger, { items: new Dec('89.25'), tip: new Dec(0), buyerFee: new Dec(0) }),
    ).toThrow(Error);
  });
});

describe('inputs are never mutated', () => {
  const operations: [string, (holder: EscrowHolder) => unknown][] = [
    [
      'holdExtra',
      (h) =>
        holdExtra(h, {
          price: '10.00',
          payment: { id: 'pay-more', amount: '10.50' },
          at: AT,
          cause: 'option.add',
          version: 2,
        }),
    ],
    ['refundPartial', (h) => partial(h, '30.00')],
    ['refundFull', (h) => fullRefund(h, false)],
    ['release', (h) => releaseOf(h)],
    ['forfeit', (h) => forfeit(h, { at: AT, cause: 'deadline.expiry', version: 2 })],
    ['getBalances', (h) => getBalances(h)],
  ];

  it.each(operations)('leaves a deep-frozen holder unchanged in %s', (_name, run) => {
    const holder = deepFreeze(worked());
    const before = JSON.stringify(holder);
    run(holder);
    expect(JSON.stringify(holder)).toBe(before);
  });

  it('leaves the earlier escrow usable: its balances do not change after later steps', () => {
    const holder = worked();
    releaseOf(holder);
    expect(getBalances(holder)).toEqual(balances('89.24', '89.24', '0.00', '0.00', '0.00'));
  });
});

describe('getBalances', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['an empty object', {}],
    [
      'a posting to an unknown account',
      {
        ...worked(),
        escrow: { ...worked().escrow, ledger: [{ at: AT, from: 'buyer', to: 'bank', amount: '1.00', cause: 'x' }] },
      },
    ],
  ])('is INVALID_ORDER for %s', (_name, order) => {
    expect(refusalOf(() => getBalances(order as EscrowHolder)).code).toBe('INVALID_ORDER');
  });
});
