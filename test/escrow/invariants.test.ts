import { describe, expect, it } from 'vitest';
import { forfeit, holdExtra, openEscrow, refundFull, refundPartial, release } from '../../src/entries/escrow';
import { assertConserved } from '../../src/escrow/assertConserved';
import { digitsOf } from '../../src/escrow/digitsOf';
import { routeRefund } from '../../src/escrow/routeRefund';
import type { Posting } from '../../src/model/escrow';
import { Dec } from '../../src/money';
import { AT, advance, feesOf, opened } from './fixtures';

/**
 * The escrow operations trust their caller (the order rules check every amount first), so a
 * wrong call is a bug in sequestre: a plain Error whose message names the broken invariant,
 * never a SequestreError a host could mistake for a refusal.
 */
const FEES = feesOf({ buyerRate: '0.05', commissionRate: '0.20' });
const holder = () => opened({ fees: FEES, subtotal: '50.00', tip: '5.00', paid: '57.50' });
const open = (subtotal: string, amount: string) =>
  openEscrow({
    currency: 'EUR',
    fees: FEES,
    subtotal,
    tip: '0.00',
    payment: { id: 'p', amount },
    at: AT,
    cause: 'order.placed',
    version: 1,
  });
const bug = (message: string) => new Error(`[sequestre] ${message}`);
const pay = (paymentId: string, amount: string): Posting => ({
  version: 1,
  at: AT,
  from: 'buyer',
  to: 'escrow',
  amount,
  cause: 'x',
  paymentId,
});
const back = (paymentId: string, amount: string): Posting => ({
  version: 2,
  at: AT,
  from: 'escrow',
  to: 'buyer',
  amount,
  cause: 'x',
  paymentId,
});

describe('escrow invariants', () => {
  it('openEscrow needs a positive subtotal and the quoted payment', () => {
    expect(() => open('0.00', '0.00')).toThrow(bug('an escrow opens with a positive subtotal'));
    expect(() => open('10.00', '10.00')).toThrow(bug('the checkout payment must equal the quoted total'));
    expect(open('10.00', '10.50').escrow.ledger).toHaveLength(1);
  });

  it('holdExtra needs a positive price and the quoted payment', () => {
    const extra = (price: string, amount: string) =>
      holdExtra(holder(), { price, payment: { id: 'p2', amount }, at: AT, cause: 'option.add', version: 2 });
    expect(() => extra('0.00', '0.00')).toThrow(bug('an extra has a positive price'));
    expect(() => extra('10.00', '10.00')).toThrow(bug('an extra payment must equal its quote'));
  });

  it('refundPartial needs 0 < R < what is left of the items', () => {
    const partial = (amount: string) =>
      refundPartial(holder(), { amount, buyerFee: 'proportional', at: AT, cause: 'refund.accept', version: 2 });
    expect(() => partial('0')).toThrow(bug('a partial refund is positive'));
    expect(() => partial('50.00')).toThrow(bug('a partial refund is below what is left of the items'));
  });

  it('refundPartial never refunds a negative fee, nor more fee than is left', () => {
    // A holder that says more buyer fee was refunded than was ever charged: only a bug makes one.
    const overRefunded = { ...holder(), escrow: { ...holder().escrow, refundedBuyerFee: '3.00' } };
    const partial = (buyerFee: 'proportional' | 'none') =>
      refundPartial(overRefunded, { amount: '10.00', buyerFee, at: AT, cause: 'refund.accept', version: 2 });
    expect(() => partial('proportional')).toThrow(bug('a fee refund is never negative'));
    expect(() => partial('none')).toThrow(bug('fee refunds never exceed the buyer fee'));
  });

  it('refundFull, release and forfeit need money held', () => {
    const empty = advance(
      holder(),
      refundFull(holder(), { refundBuyerFee: true, at: AT, cause: 'order.cancel', version: 2 }),
    );
    expect(() => refundFull(empty, { refundBuyerFee: true, at: AT, cause: 'order.cancel', version: 2 })).toThrow(
      bug('a full refund needs money held'),
    );
    expect(() => forfeit(empty, { at: AT, cause: 'deadline.expiry', version: 2 })).toThrow(
      bug('a forfeit needs money held'),
    );
    // refundFull refunds every item: nothing is left to earn.
    expect(() => release(empty, { at: AT, cause: 'order.complete', version: 2 })).toThrow(
      bug('a release needs earnings left'),
    );
  });

  it('refundFull needs figures that agree with what the ledger holds', () => {
    // 1.00 of the items marked refunded with no posting: the ledger still holds all 57.50.
    const edited = { ...holder(), escrow: { ...holder().escrow, refundedItems: '1.00' } };
    expect(() => refundFull(edited, { refundBuyerFee: true, at: AT, cause: 'order.cancel', version: 2 })).toThrow(
      bug('an open escrow holds what its figures have left'),
    );
  });

  it('release comes before any refund of the tip', () => {
    const tipRefunded = { ...holder(), escrow: { ...holder().escrow, refundedTip: '1.00' } };
    expect(() => release(tipRefunded, { at: AT, cause: 'order.complete', version: 2 })).toThrow(
      bug('a release comes before any refund of the tip'),
    );
  });

  it('release needs earnings left: S above the partial refunds', () => {
    const spent = { ...holder(), escrow: { ...holder().escrow, refundedItems: '50.00' } };
    expect(() => release(spent, { at: AT, cause: 'order.complete', version: 2 })).toThrow(
      bug('a release needs earnings left'),
    );
  });

  it('digitsOf refuses a currency a trusted escrow cannot have', () => {
    expect(digitsOf('JPY')).toBe(0);
    expect(() => digitsOf('XXX')).toThrow(bug('unknown currency XXX in a trusted escrow'));
  });
});

describe('assertConserved', () => {
  it('returns what a conserved ledger holds, in minor units', () => {
    expect(assertConserved([pay('p', '10.00'), back('p', '4.00')], 2)).toBe(600n);
  });

  it('refuses a posting that is not positive', () => {
    expect(() => assertConserved([pay('p', '10.00'), back('p', '0.00')], 2)).toThrow(
      bug('a posting must be positive, got 0.00'),
    );
  });

  it('refuses a ledger that takes out more than came in, at the posting that does', () => {
    expect(() => assertConserved([pay('p', '10.00'), back('p', '12.50')], 2)).toThrow(
      bug('the escrow pays out 12.50 at x with 1000 minor units held'),
    );
  });
});

/** A refund of items only. */
const items = (amount: string) => ({ items: new Dec(amount), tip: new Dec(0), buyerFee: new Dec(0) });

describe('routeRefund', () => {
  it('refuses a refund posting for a payment that never came in', () => {
    expect(() => routeRefund([pay('p', '10.00'), back('q', '1.00')], items('1'))).toThrow(
      bug('refund posting for unknown payment q'),
    );
  });

  it('refuses a refund larger than the payments have left, naming it', () => {
    expect(() => routeRefund([pay('p', '10.00'), back('p', '4.00')], items('6.01'))).toThrow(
      bug('a refund of 6.01 exceeds what the payments have left'),
    );
  });

  it('counts only refunds to the buyer against a payment', () => {
    const toPlatform: Posting = {
      version: 2,
      at: AT,
      from: 'escrow',
      to: 'platform',
      amount: '4.00',
      cause: 'x',
      paymentId: 'p',
    };
    expect(
      routeRefund([pay('p', '10.00'), toPlatform], items('10')).map((share) => [
        share.paymentId,
        share.amount.toFixed(2),
      ]),
    ).toEqual([['p', '10.00']]);
  });
});
