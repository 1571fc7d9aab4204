import { describe, expect, it } from 'vitest';
import type { Order } from '../../src';
import { heldByUsableHolder } from '../../src/parse/checkHolder';
import { isHeldAsOpen } from '../../src/parse/isHeldAsOpen';
import { BUYER, checkout, placed, run, SELLER, t0 } from '../support/fixtures';

const payingOption = (order: Order, price: string, amount: string) =>
  run(order, {
    type: 'option.add',
    at: t0,
    by: BUYER,
    option: { id: `opt-${price}`, label: 'Extra', price, extraDays: 0 },
    payment: { id: `pay-${price}`, amount },
  }).order;

/** The order check's two steps: the ledger sums, then holds what the open order's figures say. */
const heldAsOpen = (order: Order) => {
  const held = heldByUsableHolder(order);
  return held !== undefined && isHeldAsOpen(order, held);
};

const withLedger = (order: Order, ledger: Order['escrow']['ledger']): Order => ({
  ...order,
  escrow: { ...order.escrow, ledger },
});

describe('isHeldAsOpen: an open order holds S + T + F(S) − partial refunds', () => {
  it('holds for the worked checkout (57.50), after an option, and after a partial refund', () => {
    const order = placed();
    expect(heldAsOpen(order)).toBe(true);
    const grown = payingOption(order, '10.00', '10.50');
    expect(heldAsOpen(grown)).toBe(true);
    const accepted = run(grown, { type: 'order.accept', at: t0, by: SELLER });
    const refunded = run(
      accepted.order,
      { type: 'refund.propose', at: t0, by: SELLER, amount: '7.33' },
      { type: 'refund.accept', at: t0, by: BUYER },
    ).order;
    expect(refunded.escrow.refundedItems).toBe('7.33');
    expect(heldAsOpen(refunded)).toBe(true);
  });

  it('rounds the fee half-even in minor units: 10.10 at 5 % is 0.50 and 10.30 at 5 % is 0.52', () => {
    const tie = placed({
      items: [{ id: 'gig', label: 'Gig', price: '10.10' }],
      tip: '0',
      payment: { id: 'pay-1', amount: '10.60' },
    });
    expect(heldAsOpen(tie)).toBe(true);
    const up = placed({
      items: [{ id: 'gig', label: 'Gig', price: '10.30' }],
      tip: '0',
      payment: { id: 'pay-1', amount: '10.82' },
    });
    expect(heldAsOpen(up)).toBe(true);
    // One minor unit off either way is refused: the check is exact.
    expect(heldAsOpen(withLedger(tie, [{ ...tie.escrow.ledger[0]!, amount: '10.61' }]))).toBe(false);
    expect(heldAsOpen(withLedger(tie, [{ ...tie.escrow.ledger[0]!, amount: '10.59' }]))).toBe(false);
  });

  it('counts a fixed fee, a rate of 1, and currencies with 0 and 3 digits', () => {
    const fixed = checkout({
      fees: { buyerFee: { rate: '0.05', fixed: '0.99' }, commission: { rate: '0.2' } },
      payment: { id: 'pay-1', amount: '58.49' },
    });
    expect(heldAsOpen(placed(fixed))).toBe(true);
    const whole = { buyerFee: { rate: '1' }, commission: { rate: '0.2' } };
    expect(heldAsOpen(placed({ fees: whole, tip: '0', payment: { id: 'pay-1', amount: '100.00' } }))).toBe(true);
    const yen = placed({
      currency: 'JPY',
      items: [{ id: 'gig', label: 'Gig', price: '1005' }],
      tip: '0',
      payment: { id: 'pay-1', amount: '1055' },
    });
    expect(heldAsOpen(yen)).toBe(true);
    const dinar = placed({
      currency: 'KWD',
      items: [{ id: 'gig', label: 'Gig', price: '1.255' }],
      tip: '0',
      payment: { id: 'pay-1', amount: '1.318' },
    });
    expect(heldAsOpen(dinar)).toBe(true);
  });

  it('is false for a ledger that lost its payment or gained an unexplained one', () => {
    const order = placed();
    expect(heldAsOpen(withLedger(order, []))).toBe(false);
    expect(
      heldAsOpen(withLedger(order, [...order.escrow.ledger, { ...order.escrow.ledger[0]!, paymentId: 'pay-2' }])),
    ).toBe(false);
  });
});
