import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Order, parseOrder, presets, SequestreError, safeParseOrder } from '../../src';
import { parsePolicy } from '../../src/parse/parsePolicy';
import { at, BUYER, HOUR, placed, run, SELLER, t0 } from '../support/fixtures';
import { parsedValue, refusalOf } from '../support/parsed';
import { ev, fiverrOrder } from '../support/presetOrders';
import { thrownBy } from '../support/thrownBy';

// SPEC §9: the null values and the two new fields, as createOrder reads them (INVALID_INPUT) and
// as parseOrder reads a stored order (INVALID_ORDER; schema 1 policies migrated).

const comeup = presets.comeup;
const refusal = (value: unknown) => refusalOf(parsePolicy(value));
/** The stored JSON of an order, as a host reads it back. */
const stored = (order: Order): Record<string, any> => JSON.parse(JSON.stringify(order));
const parseRefusal = (value: unknown) => {
  const result = safeParseOrder(value);
  if (result.ok) throw new Error('expected parseOrder to refuse');
  return result.error;
};

describe('presets.fiverr and presets.upwork', () => {
  it('hold the values of SPEC §9, frozen to the last array', () => {
    expect(presets.fiverr).toEqual({
      name: 'fiverr',
      acceptanceWindow: null,
      lateGrace: 'P1D',
      reviewWindow: 'P3D',
      reviewWindowAfterRevisionDecline: 'P3D',
      cancellationResponse: 'PT48H',
      onCancellationTimeout: 'accept',
      autoDisputeAfterDeclinedCancellations: null,
      revisionResponse: null,
      extensionResponse: 'PT48H',
      maxLifetime: null,
      onExpiry: 'refund',
      refundBuyerFee: { onCancel: true, onPartialRefund: 'none' },
      sellerCancel: 'request',
      partialRefunds: { proposers: ['seller'], maxShare: '0.6' },
    });
    expect(presets.upwork).toEqual({
      name: 'upwork',
      acceptanceWindow: null,
      lateGrace: null,
      reviewWindow: 'P14D',
      reviewWindowAfterRevisionDecline: 'P14D',
      cancellationResponse: 'P7D',
      onCancellationTimeout: 'accept',
      autoDisputeAfterDeclinedCancellations: null,
      revisionResponse: null,
      extensionResponse: 'PT48H',
      maxLifetime: null,
      onExpiry: 'refund',
      refundBuyerFee: { onCancel: true, onPartialRefund: 'none' },
      sellerCancel: 'direct',
      partialRefunds: { proposers: ['buyer', 'seller'], maxShare: null },
    });
    for (const preset of [presets.fiverr, presets.upwork]) {
      expect(Object.isFrozen(preset)).toBe(true);
      expect(Object.isFrozen(preset.refundBuyerFee)).toBe(true);
      expect(Object.isFrozen(preset.partialRefunds)).toBe(true);
      expect(Object.isFrozen(preset.partialRefunds.proposers)).toBe(true);
      expect(parsedValue(parsePolicy(preset))).toEqual(preset);
    }
  });
});

describe('parsePolicy: the fields of SPEC §9', () => {
  it('accepts null for acceptanceWindow, lateGrace and revisionResponse, and not for the other windows', () => {
    const policy = { ...comeup, acceptanceWindow: null, lateGrace: null, revisionResponse: null };
    expect(parsedValue(parsePolicy(policy))).toEqual(policy);
    for (const field of [
      'reviewWindow',
      'reviewWindowAfterRevisionDecline',
      'cancellationResponse',
      'extensionResponse',
    ]) {
      expect(refusal({ ...comeup, [field]: null })).toMatchObject({
        code: 'INVALID_INPUT',
        details: { path: `policy.${field}`, rule: 'duration.format' },
      });
    }
  });

  it('reads sellerCancel as "direct" or "request"', () => {
    expect(parsedValue(parsePolicy({ ...comeup, sellerCancel: 'request' })).sellerCancel).toBe('request');
    expect(refusal({ ...comeup, sellerCancel: 'never' })).toMatchObject({
      details: { path: 'policy.sellerCancel', rule: 'enum.expected', expected: ['direct', 'request'] },
    });
  });

  it('reads partialRefunds: distinct parties, possibly none, and a rate or null', () => {
    expect(
      parsedValue(parsePolicy({ ...comeup, partialRefunds: { proposers: [], maxShare: '1' } })).partialRefunds,
    ).toEqual({ proposers: [], maxShare: '1' });
    expect(
      parsedValue(
        parsePolicy({ ...comeup, partialRefunds: { proposers: ['seller', 'buyer'], maxShare: '0.0000000001' } }),
      ).partialRefunds.proposers,
    ).toEqual(['seller', 'buyer']);
    expect(refusal({ ...comeup, partialRefunds: { proposers: ['buyer', 'buyer'], maxShare: null } })).toEqual({
      code: 'INVALID_INPUT',
      message: '"policy.partialRefunds.proposers[1]" repeats a role; list "buyer" and "seller" at most once each.',
      details: { path: 'policy.partialRefunds.proposers[1]', rule: 'policy.duplicateProposer' },
    });
    expect(refusal({ ...comeup, partialRefunds: { proposers: ['platform'], maxShare: null } })).toMatchObject({
      details: { path: 'policy.partialRefunds.proposers[0]', rule: 'enum.expected' },
    });
    expect(refusal({ ...comeup, partialRefunds: { proposers: 'seller', maxShare: null } })).toMatchObject({
      details: { path: 'policy.partialRefunds.proposers', rule: 'array.expected' },
    });
    expect(
      refusal({ ...comeup, partialRefunds: { proposers: ['buyer', 'seller', 'buyer'], maxShare: null } }),
    ).toMatchObject({ details: { path: 'policy.partialRefunds.proposers', rule: 'array.tooLong' } });
    for (const maxShare of ['1.5', '60%', 0.6, '-0.1']) {
      expect(refusal({ ...comeup, partialRefunds: { proposers: [], maxShare } })).toMatchObject({
        details: { path: 'policy.partialRefunds.maxShare', rule: 'rate.format' },
      });
    }
    expect(refusal({ ...comeup, partialRefunds: { proposers: [] } })).toMatchObject({
      details: { path: 'policy.partialRefunds.maxShare' },
    });
    expect(refusal({ ...comeup, partialRefunds: { proposers: [], maxShare: null, minimum: '5' } })).toMatchObject({
      details: { path: 'policy.partialRefunds.minimum', rule: 'policy.unknownField' },
    });
  });

  it('refuses a policy without sellerCancel or partialRefunds, pointing to presets.comeup', () => {
    const { sellerCancel: _, ...withoutSellerCancel } = comeup;
    expect(refusal(withoutSellerCancel)).toMatchObject({
      details: { path: 'policy.sellerCancel', rule: 'policy.missingField' },
    });
    const { partialRefunds: __, ...withoutRefunds } = comeup;
    expect(refusal(withoutRefunds)).toMatchObject({
      details: { path: 'policy.partialRefunds', rule: 'policy.missingField' },
    });
  });
});

describe('parseOrder: policies of SPEC §9', () => {
  const corpus = JSON.parse(readFileSync(new URL('../fixtures/schema1-orders.json', import.meta.url), 'utf8')) as {
    orders: { order: Record<string, any> }[];
  };

  it('gives a schema 1 policy sellerCancel "direct" and every proposer without a cap, which keep its behaviour', () => {
    const schema1 = corpus.orders[0]!.order;
    expect(schema1.policy.sellerCancel).toBeUndefined();
    const order = parseOrder(structuredClone(schema1));
    expect(order.policy).toMatchObject({
      sellerCancel: 'direct',
      partialRefunds: { proposers: ['buyer', 'seller'], maxShare: null },
    });
    expect(Object.keys(order.policy)).toEqual(Object.keys(comeup));
  });

  it('refuses a schema 2 policy without the new fields', () => {
    const order = stored(placed());
    delete order.policy.partialRefunds;
    expect(parseRefusal(order)).toMatchObject({
      code: 'INVALID_ORDER',
      details: { path: 'policy.partialRefunds', rule: 'policy.missingField' },
    });
    expect(thrownBy(() => parseOrder(order))).toBeInstanceOf(SequestreError);
  });

  it('reads back every preset order unchanged', () => {
    const order = fiverrOrder();
    expect(parseOrder(stored(order))).toEqual(order);
  });

  it('refuses a pending order whose policy has no acceptance step', () => {
    const order = stored(placed());
    order.policy.acceptanceWindow = null;
    expect(parseRefusal(order)).toMatchObject({
      code: 'INVALID_ORDER',
      details: { path: 'status', rule: 'status.noAcceptanceStep' },
    });
  });

  it('refuses an open revision request under a policy without a revision answer step', () => {
    const order = stored(
      run(
        placed(),
        ev('order.accept', at(t0, HOUR), SELLER),
        ev('order.deliver', at(t0, 2 * HOUR), SELLER),
        ev('revision.request', at(t0, 3 * HOUR), BUYER),
      ).order,
    );
    order.policy.revisionResponse = null;
    expect(parseRefusal(order)).toMatchObject({
      code: 'INVALID_ORDER',
      details: { path: 'revisionRequest', rule: 'status.noRevisionAnswerStep' },
    });
  });

  it('refuses a pending partial refund from a role the policy does not let propose, or past its cap', () => {
    const proposed = stored(
      run(fiverrOrder(), ev('refund.propose', '2026-03-02T10:00:00.000Z', SELLER, { amount: '60.00' })).order,
    );
    expect(parseOrder(structuredClone(proposed)).requests.refund?.amount).toBe('60.00');
    const byBuyer = structuredClone(proposed);
    byBuyer.requests.refund.by = BUYER;
    expect(parseRefusal(byBuyer)).toMatchObject({
      code: 'INVALID_ORDER',
      details: { path: 'requests.refund.by.role', rule: 'request.refundProposer' },
    });
    const tooMuch = structuredClone(proposed);
    tooMuch.requests.refund.amount = '60.01';
    expect(parseRefusal(tooMuch)).toMatchObject({
      code: 'INVALID_ORDER',
      details: { path: 'requests.refund.amount', rule: 'request.refundAboveMaxShare' },
    });
  });
});
