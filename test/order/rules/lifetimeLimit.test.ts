import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paidInWithExtra } from '../../../src/escrow/paidInWithExtra';
import type { Order } from '../../../src/model/types';
import { Dec } from '../../../src/money';
import { isFarBelowLifetimeLimit } from '../../../src/order/rules/extras';

/** An amount with 2 decimals and up to `integerDigits` integer digits. */
const amount = (integerDigits: number) =>
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(integerDigits) - 1n }), fc.integer({ min: 0, max: 99 }))
    .map(([units, cents]) => `${units}.${String(cents).padStart(2, '0')}`);
const rate = fc.integer({ min: 0, max: 10_000 }).map((basisPoints) => new Dec(basisPoints).div(10_000).toFixed());

/** The parts of an order the lifetime total reads (the other figures do not enter it). */
const holderOf = ({
  subtotal,
  tip,
  fixed,
  rate: buyerFeeRate,
}: {
  subtotal: string;
  tip: string;
  fixed: string;
  rate: string;
}) =>
  ({
    currency: 'EUR',
    escrow: { subtotal, tip, buyerFee: '0.00', refundedItems: '0.00', refundedTip: '0.00', refundedBuyerFee: '0.00' },
    fees: { buyerFee: { rate: buyerFeeRate, fixed }, commission: { rate: '0.2' }, tipCommission: { rate: '0' } },
  }) as unknown as Order;
/** Orders up to the limit, and orders whose every part sits just under the shortcut's bound. */
const anyOrder = fc.record({ subtotal: amount(15), tip: amount(14), fixed: amount(14), rate }).map(holderOf);
const atTheBound = fc.record({ subtotal: amount(13), tip: amount(13), fixed: amount(13), rate }).map(holderOf);

describe('the lifetime limit’s shortcut (SPEC §4)', () => {
  it('skips the exact sum only when it is below 10^15 whatever the price, fee rate and rounding', () => {
    fc.assert(
      fc.property(fc.oneof(anyOrder, atTheBound), fc.oneof(amount(15), amount(13)), (holder, price) => {
        if (!isFarBelowLifetimeLimit(holder, price)) return;
        expect(paidInWithExtra(holder, new Dec(price)).lessThan(new Dec(10).pow(15))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the shortcut for an order of every day, and not near the limit', () => {
    const everyDay = {
      escrow: { subtotal: '40.00', tip: '5.00' },
      fees: { buyerFee: { rate: '0.05', fixed: '0.00' } },
    } as unknown as Order;
    expect(isFarBelowLifetimeLimit(everyDay, '10.00')).toBe(true);
    expect(isFarBelowLifetimeLimit(everyDay, '1000000000000.00')).toBe(false);
    const large = {
      escrow: { subtotal: '9999999999999.00', tip: '0.00' },
      fees: { buyerFee: { rate: '1', fixed: '0.00' } },
    } as unknown as Order;
    expect(isFarBelowLifetimeLimit(large, '0.01')).toBe(false);
  });
});
