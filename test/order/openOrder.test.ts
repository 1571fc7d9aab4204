import { describe, expect, it } from 'vitest';
import { presets, SequestreError } from '../../src';
import { openOrder } from '../../src/order/openOrder';
import { parseOrderInput, refusePaymentMismatch } from '../../src/parse/parseOrderInput';
import { checkout } from '../support/fixtures';
import { parsedValue, refusalOf } from '../support/parsed';
import { thrownBy } from '../support/thrownBy';

function refusal(run: () => unknown) {
  const error = thrownBy(run);
  if (!(error instanceof SequestreError)) throw new Error(`expected a SequestreError, got ${String(error)}`);
  return { code: error.code, message: error.message, details: error.details };
}

describe('parseOrderInput', () => {
  it('refuses a buyer who is also the seller, at seller.id', () => {
    expect(refusalOf(parseOrderInput(checkout({ seller: { id: 'b-1' } }), presets.comeup))).toEqual({
      code: 'INVALID_INPUT',
      message: 'The buyer and the seller must be different parties: buyer.id equals seller.id.',
      details: { path: 'seller.id', rule: 'parties.same' },
    });
  });

  it.each<[string, unknown, string]>([
    ['a non-object input', 42, 'input'],
    ['a missing id', { ...checkout(), id: undefined }, 'id'],
    ['a buyer that is not an object', checkout({ buyer: 'b-1' as never }), 'buyer'],
    ['an empty buyer id', checkout({ buyer: { id: '' } }), 'buyer.id'],
    ['a seller that is not an object', checkout({ seller: null as never }), 'seller'],
    ['an empty seller id', checkout({ seller: { id: '' } }), 'seller.id'],
    ['zero delivery days', checkout({ deliveryDays: 0 }), 'deliveryDays'],
    ['a negative maxRevisions', checkout({ maxRevisions: -1 }), 'maxRevisions'],
    ['a payment that is not an object', checkout({ payment: 'pay' as never }), 'payment'],
    ['an empty payment id', checkout({ payment: { id: '', amount: '57.50' } }), 'payment.id'],
    ['a payment amount with a sign', checkout({ payment: { id: 'p', amount: '-57.50' } }), 'payment.amount'],
    ['a date that is not an instant', checkout({ placedAt: 'yesterday' }), 'placedAt'],
    [
      'a total over 15 integer digits',
      checkout({ items: [{ id: 'gig', label: 'Logo', price: '999999999999999' }], tip: '1' }),
      'items',
    ],
  ])('refuses %s at its path', (_name, input, path) => {
    expect(refusalOf(parseOrderInput(input, presets.comeup))).toMatchObject({
      code: 'INVALID_INPUT',
      details: { path },
    });
  });

  it('defaults revisionDays to deliveryDays and checks it at its own path', () => {
    expect(parsedValue(parseOrderInput(checkout(), presets.comeup)).revisionDays).toBe(3);
    expect(parsedValue(parseOrderInput(checkout({ revisionDays: 1 }), presets.comeup)).revisionDays).toBe(1);
    expect(refusalOf(parseOrderInput(checkout({ revisionDays: 0 }), presets.comeup)).details).toMatchObject({
      path: 'revisionDays',
    });
  });

  it('uses the default policy only when the input has none', () => {
    const acme = { ...presets.comeup, name: 'acme' };
    expect(parsedValue(parseOrderInput(checkout(), acme)).policy.name).toBe('acme');
    expect(parsedValue(parseOrderInput(checkout({ policy: presets.comeup }), acme)).policy.name).toBe('comeup');
  });
});

describe('refusePaymentMismatch', () => {
  it('passes a payment equal to the total, written with fewer digits', () => {
    expect(
      refusePaymentMismatch(
        parsedValue(parseOrderInput(checkout({ payment: { id: 'p', amount: '57.5' } }), presets.comeup)),
      ),
    ).toBeUndefined();
  });

  it('refuses another amount, with the total due', () => {
    expect(
      refusePaymentMismatch(
        parsedValue(parseOrderInput(checkout({ payment: { id: 'p', amount: '57.49' } }), presets.comeup)),
      ),
    ).toEqual({
      code: 'AMOUNT_MISMATCH',
      message: 'The payment of 57.49 EUR does not match the checkout total of 57.50 EUR; charge quoteOrder(...).total.',
      details: { rule: 'payment.amountMismatch', expected: '57.50' },
    });
  });
});

describe('openOrder', () => {
  it('throws an invalid input’s refusal as a SequestreError, as parseOrderInput words it', () => {
    const input = checkout({ deliveryDays: 0 });
    expect(refusal(() => openOrder(input, presets.comeup))).toEqual(refusalOf(parseOrderInput(input, presets.comeup)));
  });

  it('refuses a missing input with one prepared error, worded as parseOrderInput words it', () => {
    // xstate asks for the initial context without input on every pure step: one frozen error serves them all.
    const first = thrownBy(() => openOrder(undefined, presets.comeup));
    expect(thrownBy(() => openOrder(undefined, presets.comeup))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(refusal(() => openOrder(undefined, presets.comeup))).toEqual(
      refusalOf(parseOrderInput(undefined, presets.comeup)),
    );
  });

  it('throws the mismatch refusal as a SequestreError', () => {
    expect(refusal(() => openOrder(checkout({ payment: { id: 'p', amount: '57.49' } }), presets.comeup))).toMatchObject(
      {
        code: 'AMOUNT_MISMATCH',
        details: { rule: 'payment.amountMismatch', expected: '57.50' },
      },
    );
  });

  it('opens a pending order holding the payment, with one history entry and one effect', () => {
    const { order, effects, journal } = openOrder(checkout(), presets.comeup);
    expect(order).toMatchObject({
      schemaVersion: 2,
      version: 1,
      status: 'pending',
      buyer: { id: 'b-1' },
      seller: { id: 's-1' },
      extras: [],
      offers: [],
      acceptedAt: null,
      deliveryDeadline: null,
      expiresAt: '2026-08-01T10:00:00.000Z',
      revisions: { accepted: 0, declinedSinceDelivery: false },
      declinedCancellations: 0,
      requests: { cancellation: null, extension: null, refund: null },
      eventIds: [],
      history: [{ version: 1, type: 'order.placed', at: '2026-03-01T10:00:00.000Z', by: { role: 'buyer', id: 'b-1' } }],
    });
    expect(order.escrow).toEqual({
      subtotal: '50.00',
      tip: '5.00',
      buyerFee: '2.50',
      refundedItems: '0.00',
      refundedTip: '0.00',
      refundedBuyerFee: '0.00',
      ledger: [
        {
          version: 1,
          at: '2026-03-01T10:00:00.000Z',
          from: 'buyer',
          to: 'escrow',
          amount: '57.50',
          cause: 'order.placed',
          paymentId: 'pay-1',
          items: '50.00',
          tip: '5.00',
          buyerFee: '2.50',
        },
      ],
    });
    expect(effects).toEqual([
      { type: 'notify', to: 'seller', toId: 's-1', event: 'order.placed', at: '2026-03-01T10:00:00.000Z' },
    ]);
    expect(journal).toEqual([]);
  });

  it('sets no expiry when the policy has no maxLifetime', () => {
    expect(openOrder(checkout(), { ...presets.comeup, maxLifetime: null }).order.expiresAt).toBeNull();
  });
});
