import { describe, expect, it } from 'vitest';
import { type Order, presets } from '../../../src';
import type { OrderContext } from '../../../src/order/updates/context';
import { forfeitEscrow, refundEverything, refundPart, releaseEscrow } from '../../../src/order/updates/money';
import { at, BUYER, DAY, delivered, inProgress, PLATFORM, SELLER, SYSTEM, t0 } from '../orders';

const of = (order: Order): OrderContext => ({
  order,
  effects: [{ type: 'notify', to: 'buyer', toId: 'b-1', event: 'x', at: t0 }],
  journal: [],
});
const AT = at(t0, 2 * DAY);
const noFeeBack = { ...presets.comeup, refundBuyerFee: { onCancel: false, onPartialRefund: 'none' as const } };

describe('escrow steps as order updates', () => {
  it('refundEverything refunds the payment, buyer fee included per policy, after the effects already decided', () => {
    const after = refundEverything(of(inProgress()), { type: 'order.cancel', at: AT, by: SELLER });
    expect(after.effects).toEqual([
      { type: 'notify', to: 'buyer', toId: 'b-1', event: 'x', at: t0 },
      { type: 'refund', paymentId: 'pay-1', amount: '57.50', currency: 'EUR', reason: 'order.cancel', at: AT },
    ]);
    expect(after.order.escrow).not.toEqual(inProgress().escrow);
  });

  it('refundEverything keeps the buyer fee when the policy says so', () => {
    const after = refundEverything(of(inProgress({ policy: noFeeBack })), {
      type: 'order.cancel',
      at: AT,
      by: PLATFORM,
    });
    expect(after.effects.slice(1)).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '55.00', currency: 'EUR', reason: 'order.cancel', at: AT },
      {
        type: 'revenue',
        amount: '2.50',
        currency: 'EUR',
        breakdown: { commission: '0.00', tipCommission: '0.00', buyerFee: '2.50', forfeited: '0.00' },
        at: AT,
      },
    ]);
  });

  it('releaseEscrow pays the seller 40.00 + tip 5.00 and books commission 10.00 + buyer fee 2.50', () => {
    const after = releaseEscrow(of(delivered()), { type: 'order.complete', at: AT, by: BUYER });
    expect(after.effects.slice(1)).toEqual([
      { type: 'payout', sellerId: 's-1', amount: '45.00', currency: 'EUR', at: AT },
      {
        type: 'revenue',
        amount: '12.50',
        currency: 'EUR',
        breakdown: { commission: '10.00', tipCommission: '0.00', buyerFee: '2.50', forfeited: '0.00' },
        at: AT,
      },
    ]);
  });

  it('forfeitEscrow gives everything held to the platform', () => {
    const after = forfeitEscrow(of(inProgress()), { type: 'deadline.expiry', at: AT, by: SYSTEM });
    expect(after.effects.slice(1)).toEqual([
      {
        type: 'revenue',
        amount: '57.50',
        currency: 'EUR',
        breakdown: { commission: '0.00', tipCommission: '0.00', buyerFee: '0.00', forfeited: '57.50' },
        at: AT,
      },
    ]);
  });

  it('refundPart refunds part of the items, with the buyer fee share the policy gives', () => {
    const proportional = refundPart(of(inProgress()), { type: 'refund.accept', at: AT, by: BUYER }, '10.00');
    expect(proportional.effects.slice(1)).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '10.50', currency: 'EUR', reason: 'refund.accept', at: AT },
    ]);
    const none = refundPart(
      of(inProgress({ policy: noFeeBack })),
      { type: 'refund.accept', at: AT, by: BUYER },
      '10.00',
    );
    expect(none.effects.slice(1)).toEqual([
      { type: 'refund', paymentId: 'pay-1', amount: '10.00', currency: 'EUR', reason: 'refund.accept', at: AT },
    ]);
    expect(none.order.escrow.refundedItems).toBe('10.00');
  });
});
