import { describe, expect, it } from 'vitest';
import { createOrder, type OrderInput, type Policy, presets } from '../../src';
import { checkout, deepFreeze, expectError, expectOk } from '../support/fixtures';

/** A policy object the caller owns and may change later (nested object included). */
type MutablePolicy = {
  name: string;
  reviewWindow: string;
  refundBuyerFee: { onCancel: boolean; onPartialRefund: string };
};
function ownPolicy(): MutablePolicy {
  return {
    ...presets.comeup,
    name: 'acme',
    reviewWindow: 'P3D',
    refundBuyerFee: { onCancel: true, onPartialRefund: 'proportional' },
  };
}

/** A policy with one field replaced (or removed when `value` is undefined), for the refusal table. */
function policyWith(key: string, value: unknown): Policy {
  const policy: Record<string, unknown> = { ...presets.comeup };
  if (value === undefined) delete policy[key];
  else policy[key] = value;
  return policy as unknown as Policy;
}

/** Creates from a deep-frozen input, so a test also fails if createOrder mutates it. */
function create(input: OrderInput) {
  return createOrder(deepFreeze(input));
}

describe('createOrder: the new order', () => {
  it('is pending, at version 1 and schemaVersion 2, with one history entry order.placed by the buyer at placedAt', () => {
    const { order } = expectOk(create(checkout()));
    expect(order.status).toBe('pending');
    expect(order.version).toBe(1);
    expect(order.schemaVersion).toBe(2);
    expect(order.id).toBe('o-1');
    expect(order.currency).toBe('EUR');
    expect(order.deliveryDeadline).toBeNull();
    expect(order.history).toEqual([
      { version: 1, type: 'order.placed', at: '2026-03-01T10:00:00.000Z', by: { role: 'buyer', id: 'b-1' } },
    ]);
  });

  it('comes with exactly one effect: notify the seller of order.placed, keyed o-1:1:0', () => {
    const result = expectOk(create(checkout()));
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
  });

  it('is plain JSON: a JSON round trip deep-equals it', () => {
    const { order } = expectOk(create(checkout()));
    expect(JSON.parse(JSON.stringify(order))).toEqual(order);
  });

  it('stores amounts normalised to the currency digits: 49.9 → 49.90, tip 5 → 5.00, fixed fee 0.3 → 0.30', () => {
    const input = checkout({
      items: [{ id: 'gig', label: 'Logo design', price: '49.9' }],
      tip: '5',
      fees: { buyerFee: { rate: '0.05', fixed: '0.3' }, commission: { rate: '0.20' } },
      payment: { id: 'pay-1', amount: '57.7' },
    });
    const { order } = expectOk(create(input));
    expect(order.items).toEqual([{ id: 'gig', label: 'Logo design', price: '49.90' }]);
    expect(order.fees.buyerFee.fixed).toBe('0.30');
    expect(order.escrow.subtotal).toBe('49.90');
    expect(order.escrow.tip).toBe('5.00');
  });

  it('stores JPY amounts without decimals and KWD amounts with three', () => {
    const yen = expectOk(
      create(
        checkout({
          currency: 'JPY',
          items: [{ id: 'gig', label: 'Logo', price: '1000' }],
          tip: '0',
          payment: { id: 'pay-1', amount: '1050' },
        }),
      ),
    ).order;
    expect(yen.items[0]!.price).toBe('1000');
    const dinar = expectOk(
      create(
        checkout({
          currency: 'KWD',
          items: [{ id: 'gig', label: 'Logo', price: '1.25' }],
          tip: '0',
          payment: { id: 'pay-1', amount: '1.312' },
        }),
      ),
    );
    expect(dinar.order.items[0]!.price).toBe('1.250');
  });

  it('keeps rates exactly as given: "0.050" stays "0.050" and "0.2" stays "0.2"', () => {
    const fees = { buyerFee: { rate: '0.050' }, commission: { rate: '0.2' }, tipCommission: { rate: '0.10' } };
    const { order } = expectOk(create(checkout({ fees })));
    expect(order.fees.buyerFee.rate).toBe('0.050');
    expect(order.fees.commission.rate).toBe('0.2');
    expect(order.fees.tipCommission.rate).toBe('0.10');
  });

  it('stores placedAt in toISOString form: "2026-03-01T11:00:00+01:00" → "2026-03-01T10:00:00.000Z"', () => {
    const { order } = expectOk(create(checkout({ placedAt: '2026-03-01T11:00:00+01:00' })));
    expect(order.placedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(order.history[0]!.at).toBe('2026-03-01T10:00:00.000Z');
  });

  it('defaults revisionDays to deliveryDays and maxRevisions to null (unlimited)', () => {
    const { order } = expectOk(create(checkout({ deliveryDays: 5 })));
    expect(order.revisionDays).toBe(5);
    expect(order.maxRevisions).toBeNull();
  });
});

describe('createOrder: the policy', () => {
  it('defaults to presets.comeup', () => {
    const { order } = expectOk(create(checkout()));
    // The preset's values are pinned against SPEC §9 in test/order/policy.test.ts.
    expect(order.policy).toEqual(presets.comeup);
  });

  it('is copied: an order keeps its policy when the caller later changes the object it passed', () => {
    const policy = ownPolicy();
    const { order } = expectOk(createOrder(checkout({ policy: policy as unknown as Policy })));
    policy.reviewWindow = 'P1D';
    policy.name = 'changed';
    policy.refundBuyerFee.onCancel = false;
    expect(order.policy.name).toBe('acme');
    expect(order.policy.reviewWindow).toBe('P3D');
    expect(order.policy.refundBuyerFee.onCancel).toBe(true);
  });

  it('copies the fees too: changing the fees object afterwards changes nothing in the order', () => {
    const fees = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };
    const { order } = expectOk(createOrder(checkout({ fees })));
    fees.commission.rate = '0.90';
    expect(order.fees.commission.rate).toBe('0.20');
  });

  it('presets.comeup is frozen, nested refundBuyerFee included', () => {
    expect(Object.isFrozen(presets)).toBe(true);
    expect(Object.isFrozen(presets.comeup)).toBe(true);
    expect(Object.isFrozen(presets.comeup.refundBuyerFee)).toBe(true);
    expect(() => {
      (presets.comeup as { reviewWindow: string }).reviewWindow = 'P1D';
    }).toThrow(TypeError);
    expect(presets.comeup.reviewWindow).toBe('P7D');
  });

  it('accepts a derived policy { ...presets.comeup, reviewWindow: "P3D", name: "acme" } and stores it', () => {
    const { order } = expectOk(create(checkout({ policy: { ...presets.comeup, reviewWindow: 'P3D', name: 'acme' } })));
    expect(order.policy.name).toBe('acme');
    expect(order.policy.reviewWindow).toBe('P3D');
  });

  it.each([
    ['a zero lateGrace', policyWith('lateGrace', 'PT0S')],
    ['a one-day lateGrace (Fiverr)', policyWith('lateGrace', 'P1D')],
    ['maxLifetime null (never expires)', policyWith('maxLifetime', null)],
    ['autoDisputeAfterDeclinedCancellations null', policyWith('autoDisputeAfterDeclinedCancellations', null)],
    ['autoDisputeAfterDeclinedCancellations 100', policyWith('autoDisputeAfterDeclinedCancellations', 100)],
    ['onCancellationTimeout "dispute"', policyWith('onCancellationTimeout', 'dispute')],
    ['onExpiry "release"', policyWith('onExpiry', 'release')],
    ['a mixed duration "P1M2D"', policyWith('maxLifetime', 'P1M2D')],
  ])('accepts a policy with %s', (_name, policy) => {
    expect(create(checkout({ policy })).ok).toBe(true);
  });
});

describe('createOrder: AMOUNT_MISMATCH', () => {
  it('refuses a payment that is not the quote total, with details.expected "57.50"', () => {
    const error = expectError(create(checkout({ payment: { id: 'pay-1', amount: '57.49' } })));
    expect(error.code).toBe('AMOUNT_MISMATCH');
    expect(error.details).toMatchObject({ expected: '57.50' });
  });

  it('refuses an overpayment too: 60.00 for a total of 57.50', () => {
    const error = expectError(create(checkout({ payment: { id: 'pay-1', amount: '60.00' } })));
    expect(error.code).toBe('AMOUNT_MISMATCH');
    expect(error.details).toMatchObject({ expected: '57.50' });
  });

  it('compares as amounts: "57.5" equals "57.50" and is accepted', () => {
    const { order } = expectOk(create(checkout({ payment: { id: 'pay-1', amount: '57.5' } })));
    expect(order.escrow.ledger[0]!.amount).toBe('57.50');
  });
});

describe('createOrder: INVALID_INPUT', () => {
  const ok = (overrides: Partial<OrderInput>) => checkout(overrides);
  const item = (price: string, id = 'gig') => ({ id, label: 'Logo design', price });

  it.each<[string, OrderInput]>([
    ['empty items', ok({ items: [] })],
    ['an item price of "0"', ok({ items: [item('0'), item('10.00', 'express')] })],
    ['an item price of "0.00"', ok({ items: [item('0.00'), item('10.00', 'express')] })],
    ['a negative item price', ok({ items: [item('-40.00'), item('10.00', 'express')] })],
    ['a negative tip', ok({ tip: '-1.00' })],
    ['an unknown currency "ZZZ"', ok({ currency: 'ZZZ' })],
    ['a lower-case currency "eur"', ok({ currency: 'eur' })],
    ['a price with too many decimals for EUR', ok({ items: [item('40.001'), item('10.00', 'express')] })],
    [
      'a price with decimals in JPY',
      ok({ currency: 'JPY', items: [item('1000.5')], tip: '0', payment: { id: 'pay-1', amount: '1050' } }),
    ],
    ['a tip with too many decimals', ok({ tip: '5.001' })],
    ['a buyer fee rate above 1', ok({ fees: { buyerFee: { rate: '1.5' }, commission: { rate: '0.20' } } })],
    ['a negative commission rate', ok({ fees: { buyerFee: { rate: '0.05' }, commission: { rate: '-0.1' } } })],
    ['a rate with 11 decimals', ok({ fees: { buyerFee: { rate: '0.05000000001' }, commission: { rate: '0.20' } } })],
    [
      'a rate given as a number',
      ok({ fees: { buyerFee: { rate: 0.05 as unknown as string }, commission: { rate: '0.20' } } }),
    ],
    ['a rate given as a percentage', ok({ fees: { buyerFee: { rate: '5%' }, commission: { rate: '0.20' } } })],
    [
      'a tip commission rate above 1',
      ok({ fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' }, tipCommission: { rate: '2' } } }),
    ],
    ['deliveryDays 0', ok({ deliveryDays: 0 })],
    ['deliveryDays 366', ok({ deliveryDays: 366 })],
    ['deliveryDays 1.5', ok({ deliveryDays: 1.5 })],
    ['deliveryDays "3"', ok({ deliveryDays: '3' as unknown as number })],
    ['revisionDays 0', ok({ revisionDays: 0 })],
    ['revisionDays 366', ok({ revisionDays: 366 })],
    ['maxRevisions -1', ok({ maxRevisions: -1 })],
    ['maxRevisions 101', ok({ maxRevisions: 101 })],
    ['maxRevisions 1.5', ok({ maxRevisions: 1.5 })],
    ['maxRevisions "2"', ok({ maxRevisions: '2' as unknown as number })],
    ['the same item id twice', ok({ items: [item('40.00'), item('10.00')] })],
    ['buyer.id equal to seller.id', ok({ seller: { id: 'b-1' } })],
    ['an empty order id', ok({ id: '' })],
    ['an order id over 128 characters', ok({ id: 'o'.repeat(129) })],
    ['an empty item label', ok({ items: [{ id: 'gig', label: '', price: '40.00' }, item('10.00', 'express')] })],
    [
      'an item label over 2,000 characters',
      ok({ items: [{ id: 'gig', label: 'x'.repeat(2001), price: '40.00' }, item('10.00', 'express')] }),
    ],
    ['a placedAt without an offset', ok({ placedAt: '2026-03-01T10:00:00' })],
    ['a price given as a number', ok({ items: [item(40 as unknown as string), item('10.00', 'express')] })],
    ['a payment amount given as a number', ok({ payment: { id: 'pay-1', amount: 57.5 as unknown as string } })],
    ['a payment amount with too many decimals ("57.500")', ok({ payment: { id: 'pay-1', amount: '57.500' } })],
    ['an empty payment id', ok({ payment: { id: '', amount: '57.50' } })],
    [
      'a fixed buyer fee with decimals in JPY',
      ok({
        currency: 'JPY',
        items: [item('1000')],
        tip: '0',
        fees: { buyerFee: { rate: '0', fixed: '0.5' }, commission: { rate: '0.2' } },
        payment: { id: 'pay-1', amount: '1000' },
      }),
    ],
    [
      'a total over 15 integer digits',
      ok({
        items: [item('999999999999999'), item('1.00', 'express')],
        tip: '0',
        payment: { id: 'pay-1', amount: '1' },
      }),
    ],
    ['a policy with a missing field', ok({ policy: policyWith('reviewWindow', undefined) })],
    ['a policy with an unknown field', ok({ policy: policyWith('reviewWindowForFriends', 'P1D') })],
    [
      'a policy with an unknown refundBuyerFee field',
      ok({ policy: policyWith('refundBuyerFee', { onCancel: true, onPartialRefund: 'none', always: true }) }),
    ],
    [
      'a policy with refundBuyerFee.onPartialRefund "half"',
      ok({ policy: policyWith('refundBuyerFee', { onCancel: true, onPartialRefund: 'half' }) }),
    ],
    ['a policy with onExpiry "burn"', ok({ policy: policyWith('onExpiry', 'burn') })],
    ['a policy with onCancellationTimeout "ignore"', ok({ policy: policyWith('onCancellationTimeout', 'ignore') })],
    [
      'a policy with autoDisputeAfterDeclinedCancellations 0',
      ok({ policy: policyWith('autoDisputeAfterDeclinedCancellations', 0) }),
    ],
    [
      'a policy with autoDisputeAfterDeclinedCancellations 101',
      ok({ policy: policyWith('autoDisputeAfterDeclinedCancellations', 101) }),
    ],
    ['a policy with a reviewWindow that is not a duration', ok({ policy: policyWith('reviewWindow', '7 days') })],
    ['a policy with an empty name', ok({ policy: policyWith('name', '') })],
    ['a policy that is not an object', ok({ policy: 'comeup' as unknown as Policy })],
    ['a zero acceptanceWindow', ok({ policy: policyWith('acceptanceWindow', 'PT0S') })],
    ['a zero reviewWindow', ok({ policy: policyWith('reviewWindow', 'P0D') })],
    ['a zero reviewWindowAfterRevisionDecline', ok({ policy: policyWith('reviewWindowAfterRevisionDecline', 'PT0H') })],
    ['a zero cancellationResponse', ok({ policy: policyWith('cancellationResponse', 'PT0S') })],
    ['a zero revisionResponse', ok({ policy: policyWith('revisionResponse', 'PT0M') })],
    ['a zero extensionResponse', ok({ policy: policyWith('extensionResponse', 'PT0S') })],
    ['a zero maxLifetime', ok({ policy: policyWith('maxLifetime', 'P0M') })],
    ['a negative lateGrace', ok({ policy: policyWith('lateGrace', '-PT1H') })],
  ])('refuses %s', (_name, input) => {
    expect(expectError(create(input)).code).toBe('INVALID_INPUT');
  });

  it('accepts a zero tip', () => {
    const { order } = expectOk(create(checkout({ tip: '0', payment: { id: 'pay-1', amount: '52.50' } })));
    expect(order.escrow.tip).toBe('0.00');
  });

  it('accepts the range ends: rates "0" and "1", 10 decimals, deliveryDays 1 and 365, maxRevisions 0 and 100', () => {
    expect(
      create(
        checkout({
          fees: { buyerFee: { rate: '0' }, commission: { rate: '1' } },
          payment: { id: 'pay-1', amount: '55.00' },
        }),
      ).ok,
    ).toBe(true);
    expect(create(checkout({ fees: { buyerFee: { rate: '0.0500000000' }, commission: { rate: '0.2' } } })).ok).toBe(
      true,
    );
    expect(create(checkout({ deliveryDays: 1 })).ok).toBe(true);
    expect(create(checkout({ deliveryDays: 365, revisionDays: 365 })).ok).toBe(true);
    expect(create(checkout({ maxRevisions: 0 })).ok).toBe(true);
    expect(create(checkout({ maxRevisions: 100 })).ok).toBe(true);
    expect(create(checkout({ maxRevisions: null })).ok).toBe(true);
  });

  it('never throws for input that is not an object', () => {
    for (const input of [null, undefined, 42, 'order', [], {}]) {
      expect(expectError(createOrder(input as unknown as OrderInput)).code).toBe('INVALID_INPUT');
    }
  });
});
