import { describe, expect, it } from 'vitest';
import { type Actor, getBalances, nextDeadline, type Order, type OrderEvent, presets, quoteExtra } from '../../src';
import { at, BUYER, DAY, ev, HOUR, PLATFORM, placed, refused, run, SELLER, SYSTEM, t0 } from '../support/fixtures';
import { balances, notify, refund } from '../support/scenarioEffects';

// SPEC §3: requests (cancellation, extension, partial refund, custom offers) and options; id and text
// limits are in section8-effects.
//   placed t0 = 03-01T10:00Z (v1) · accepted 03-01T11:00Z (v2, delivery deadline 03-04T11:00Z)
//   ASK 03-02T10:00Z (v3, answer by 03-04T10:00Z) · ANSWER 03-02T12:00Z (v4)

const entry = (version: number, type: string, when: string, by: Actor, extra: object = {}) => ({
  version,
  type,
  at: when,
  by,
  ...extra,
});
const policy = (fields: object) => ({ policy: { ...presets.comeup, ...fields, name: 'x' } });

const ASK = at(t0, DAY);
const ANSWER = at(t0, DAY + 2 * HOUR);
const inProgress = (overrides = {}) => run(placed(overrides), ev('order.accept', at(t0, HOUR), SELLER)).order;
const delivered = () => run(inProgress(), ev('order.deliver', at(t0, 2 * HOUR), SELLER)).order;
const then =
  (event: OrderEvent, base: () => Order = inProgress) =>
  () =>
    run(base(), event).order;
const option = (id: string, extraDays: number, paymentId = 'pay-2', amount = '15.75') => ({
  option: { id, label: 'Source files', price: '15.00', extraDays },
  payment: { id: paymentId, amount },
});
const offer = (id: string, price = '20.00', extraDays = 3) => ({
  offer: { id, label: 'Logo animation', price, extraDays },
});
const pay = (offerId: string, amount = '21.00', id = 'pay-2') => ({ offerId, payment: { id, amount } });

const cancelAsked = (by: Actor = BUYER, overrides = {}) =>
  run(inProgress(overrides), ev('cancellation.request', ASK, by, { reason: 'No longer needed' })).order;
const extensionAsked = then(ev('extension.request', ASK, SELLER, { days: 2, reason: 'Waiting for the brief' }));
const offered = then(ev('offer.propose', ASK, SELLER, offer('anim', '20', 3)));
const refundAsked = (amount = '10.00', overrides = {}) =>
  run(inProgress(overrides), ev('refund.propose', ASK, BUYER, { amount, reason: 'Half the logos' })).order;

describe('opening a request', () => {
  it.each([
    [
      'cancellation.request',
      ev('cancellation.request', ASK, BUYER, { reason: 'No longer needed' }),
      'seller',
      'cancellation.requested',
      {
        cancellation: {
          by: BUYER,
          at: '2026-03-02T10:00:00.000Z',
          deadline: '2026-03-04T10:00:00.000Z',
          reason: 'No longer needed',
        },
      },
    ],
    [
      'extension.request',
      ev('extension.request', ASK, SELLER, { days: 2, reason: 'Waiting for the brief' }),
      'buyer',
      'extension.requested',
      {
        extension: {
          days: 2,
          at: '2026-03-02T10:00:00.000Z',
          deadline: '2026-03-04T10:00:00.000Z',
          reason: 'Waiting for the brief',
        },
      },
    ],
    [
      'refund.propose',
      ev('refund.propose', ASK, BUYER, { amount: '10', reason: 'Half the logos' }),
      'seller',
      'refund.proposed',
      { refund: { by: BUYER, amount: '10.00', at: '2026-03-02T10:00:00.000Z', reason: 'Half the logos' } },
    ],
  ] as const)(
    '%s records the request and tells the other party, without touching the money',
    (type, event, to, name, requests) => {
      const result = run(inProgress(), event);
      expect(result.order).toMatchObject({ status: 'inProgress', version: 3, requests });
      expect(result.effects).toEqual([notify(to, name, '2026-03-02T10:00:00.000Z', 'o-1:3:0')]);
      expect(result.order.history.at(-1)).toEqual(
        entry(3, type, '2026-03-02T10:00:00.000Z', event.by, { reason: (event as { reason: string }).reason }),
      );
      expect(getBalances(result.order)).toEqual(balances('57.50', '57.50', '0.00', '0.00', '0.00'));
    },
  );
});

describe('closing a request without a decision', () => {
  it.each([
    [
      'cancellation.decline',
      () => cancelAsked(),
      SELLER,
      {},
      'buyer',
      'cancellation.declined',
      { requests: { cancellation: null }, declinedCancellations: 1 },
    ],
    [
      'cancellation.withdraw',
      () => cancelAsked(),
      BUYER,
      {},
      'seller',
      'cancellation.withdrawn',
      { requests: { cancellation: null } },
    ],
    [
      'extension.decline',
      extensionAsked,
      BUYER,
      {},
      'seller',
      'extension.declined',
      { requests: { extension: null }, deliveryDeadline: '2026-03-04T11:00:00.000Z' },
    ],
    [
      'extension.withdraw',
      extensionAsked,
      SELLER,
      {},
      'buyer',
      'extension.withdrawn',
      { requests: { extension: null }, deliveryDeadline: '2026-03-04T11:00:00.000Z' },
    ],
    ['refund.decline', () => refundAsked(), SELLER, {}, 'buyer', 'refund.declined', { requests: { refund: null } }],
    ['refund.withdraw', () => refundAsked(), BUYER, {}, 'seller', 'refund.withdrawn', { requests: { refund: null } }],
    [
      'offer.decline',
      offered,
      BUYER,
      { offerId: 'anim' },
      'seller',
      'offer.declined',
      { offers: [{ status: 'declined' }] },
    ],
    [
      'offer.withdraw',
      offered,
      SELLER,
      { offerId: 'anim' },
      'buyer',
      'offer.withdrawn',
      { offers: [{ status: 'withdrawn' }] },
    ],
  ] as const)(
    '%s closes it, keeps the order in progress and tells the %s',
    (type, make, by, payload, to, name, changes) => {
      const result = run(make(), ev(type, ANSWER, by, payload));
      expect(result.order).toMatchObject({ status: 'inProgress', version: 4, ...changes });
      expect(result.effects).toEqual([notify(to, name, '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
      expect(result.order.history.at(-1)).toEqual(entry(4, type, '2026-03-02T12:00:00.000Z', by));
      expect(getBalances(result.order)).toEqual(balances('57.50', '57.50', '0.00', '0.00', '0.00'));
    },
  );
});

describe('refusals', () => {
  it.each([
    [
      'answering your own cancellation request',
      () => cancelAsked(),
      ev('cancellation.accept', ANSWER, BUYER),
      'NOT_ALLOWED',
      'cancellation.ownRequest',
    ],
    [
      'declining your own cancellation request',
      () => cancelAsked(SELLER),
      ev('cancellation.decline', ANSWER, SELLER),
      'NOT_ALLOWED',
      'cancellation.ownRequest',
    ],
    [
      "withdrawing the other party's cancellation request",
      () => cancelAsked(),
      ev('cancellation.withdraw', ANSWER, SELLER),
      'NOT_ALLOWED',
      'cancellation.notRequester',
    ],
    [
      'a second cancellation request from the requester',
      () => cancelAsked(),
      ev('cancellation.request', ANSWER, BUYER),
      'CONFLICT',
      'cancellation.alreadyPending',
    ],
    [
      'a second cancellation request from the other party',
      () => cancelAsked(),
      ev('cancellation.request', ANSWER, SELLER),
      'CONFLICT',
      'cancellation.alreadyPending',
    ],
    [
      'answering when no cancellation request is pending',
      inProgress,
      ev('cancellation.accept', ANSWER, SELLER),
      'NOT_ALLOWED',
      'cancellation.nonePending',
    ],
    [
      'a second extension request',
      extensionAsked,
      ev('extension.request', ANSWER, SELLER, { days: 1 }),
      'CONFLICT',
      'extension.alreadyPending',
    ],
    [
      'answering when no extension request is pending',
      inProgress,
      ev('extension.accept', ANSWER, BUYER),
      'NOT_ALLOWED',
      'extension.nonePending',
    ],
    [
      'answering your own refund proposal',
      () => refundAsked(),
      ev('refund.accept', ANSWER, BUYER),
      'NOT_ALLOWED',
      'refund.ownRequest',
    ],
    [
      "withdrawing the other party's refund proposal",
      () => refundAsked(),
      ev('refund.withdraw', ANSWER, SELLER),
      'NOT_ALLOWED',
      'refund.notRequester',
    ],
    [
      'a second refund proposal',
      () => refundAsked(),
      ev('refund.propose', ANSWER, SELLER, { amount: '5.00' }),
      'CONFLICT',
      'refund.alreadyPending',
    ],
    [
      'accepting an unknown offer',
      offered,
      ev('offer.accept', ANSWER, BUYER, pay('nope')),
      'NOT_ALLOWED',
      'offer.notPending',
    ],
    [
      'declining an unknown offer',
      offered,
      ev('offer.decline', ANSWER, BUYER, { offerId: 'nope' }),
      'NOT_ALLOWED',
      'offer.notPending',
    ],
    [
      'withdrawing an unknown offer',
      offered,
      ev('offer.withdraw', ANSWER, SELLER, { offerId: 'nope' }),
      'NOT_ALLOWED',
      'offer.notPending',
    ],
    [
      'accepting a declined offer',
      then(ev('offer.decline', ASK, BUYER, { offerId: 'anim' }), offered),
      ev('offer.accept', ANSWER, BUYER, pay('anim')),
      'NOT_ALLOWED',
      'offer.notPending',
    ],
    [
      'an offer id already used by an offer',
      offered,
      ev('offer.propose', ANSWER, SELLER, offer('anim')),
      'CONFLICT',
      'offer.idUsed',
    ],
    [
      'an offer id already used by an item',
      offered,
      ev('offer.propose', ANSWER, SELLER, offer('express')),
      'CONFLICT',
      'offer.idUsed',
    ],
    [
      'an option id already used by an item',
      inProgress,
      ev('option.add', ASK, BUYER, option('gig', 0)),
      'CONFLICT',
      'option.idUsed',
    ],
    [
      'an option id already used by an option',
      then(ev('option.add', ASK, BUYER, option('src', 0))),
      ev('option.add', ANSWER, BUYER, option('src', 0, 'pay-3')),
      'CONFLICT',
      'option.idUsed',
    ],
    [
      'a payment id already used by the checkout',
      inProgress,
      ev('option.add', ASK, BUYER, option('src', 0, 'pay-1')),
      'CONFLICT',
      'payment.idUsed',
    ],
    [
      'a payment id already used by an option',
      then(ev('option.add', ASK, BUYER, option('src', 0))),
      ev('option.add', ANSWER, BUYER, option('fonts', 0)),
      'CONFLICT',
      'payment.idUsed',
    ],
    [
      'an offer payment id already used',
      offered,
      ev('offer.accept', ANSWER, BUYER, pay('anim', '21.00', 'pay-1')),
      'CONFLICT',
      'payment.idUsed',
    ],
  ] as const)('refuses %s', (_, make, event, code, rule) => {
    refused(make(), event, code, rule);
  });

  it('is AMOUNT_MISMATCH with details.expected when an option or offer payment is not its quote', () => {
    expect(
      refused(
        inProgress(),
        ev('option.add', ASK, BUYER, option('src', 2, 'pay-2', '15.00')),
        'AMOUNT_MISMATCH',
        'payment.amountMismatch',
      ).details,
    ).toMatchObject({ expected: '15.75' });
    expect(
      refused(
        offered(),
        ev('offer.accept', ANSWER, BUYER, pay('anim', '20.00')),
        'AMOUNT_MISMATCH',
        'payment.amountMismatch',
      ).details,
    ).toMatchObject({ expected: '21.00' });
  });
});

describe('cancellation.accept and declines', () => {
  it.each([
    ['buyer', BUYER, SELLER],
    ['seller', SELLER, BUYER],
  ] as const)("cancels with a full refund when the other party accepts the %s's request", (requester, by, answerer) => {
    const result = run(cancelAsked(by), ev('cancellation.accept', ANSWER, answerer));
    expect(result.order).toMatchObject({
      status: 'cancelled',
      version: 4,
      requests: { cancellation: null, extension: null, refund: null },
    });
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'cancellation.accept', '2026-03-02T12:00:00.000Z', 'o-1:4:0'),
      notify(requester, 'cancellation.accepted', '2026-03-02T12:00:00.000Z', 'o-1:4:1'),
    ]);
    expect(result.order.history.at(-1)).toEqual(entry(4, 'cancellation.accept', '2026-03-02T12:00:00.000Z', answerer));
    expect(getBalances(result.order)).toEqual(balances('57.50', '0.00', '57.50', '0.00', '0.00'));
  });

  it.each([
    [
      '"accept" cancels with a full refund',
      'accept',
      'cancelled',
      null,
      [
        refund('pay-1', '57.50', 'deadline.cancellationResponse', '2026-03-04T10:00:00.000Z', 'o-1:4:0'),
        notify('buyer', 'order.cancelled', '2026-03-04T10:00:00.000Z', 'o-1:4:1'),
        notify('seller', 'order.cancelled', '2026-03-04T10:00:00.000Z', 'o-1:4:2'),
      ],
    ],
    [
      '"dispute" opens a dispute by system, telling buyer, seller and platform',
      'dispute',
      'disputed',
      { openedBy: SYSTEM, openedAt: '2026-03-04T10:00:00.000Z', from: 'inProgress' },
      [
        notify('buyer', 'dispute.opened', '2026-03-04T10:00:00.000Z', 'o-1:4:0'),
        notify('seller', 'dispute.opened', '2026-03-04T10:00:00.000Z', 'o-1:4:1'),
        notify('platform', 'dispute.opened', '2026-03-04T10:00:00.000Z', 'o-1:4:2'),
      ],
    ],
  ] as const)('onCancellationTimeout %s at 48 h', (_, onCancellationTimeout, status, dispute, effects) => {
    const result = run(
      cancelAsked(BUYER, policy({ onCancellationTimeout })),
      ev('clock.tick', at(ASK, 50 * HOUR), SYSTEM),
    );
    expect(result.order).toMatchObject({ status, version: 4, requests: { cancellation: null } });
    expect(result.order.dispute).toEqual(dispute);
    expect(result.effects).toEqual(effects);
  });

  const askAndDecline = (order: Order, hour: number) =>
    run(
      order,
      ev('cancellation.request', at(t0, hour * HOUR), BUYER),
      ev('cancellation.decline', at(t0, (hour + 1) * HOUR), SELLER),
    );

  it("opens a dispute by system at the seller's second decline on a never-delivered order; no party can withdraw it", () => {
    const result = askAndDecline(askAndDecline(inProgress(), 2).order, 4);
    expect(result.order).toMatchObject({ status: 'disputed', version: 6, declinedCancellations: 2 });
    expect(result.order.dispute).toEqual({
      openedBy: SYSTEM,
      openedAt: '2026-03-01T15:00:00.000Z',
      from: 'inProgress',
    });
    expect(result.effects).toEqual([
      notify('buyer', 'cancellation.declined', '2026-03-01T15:00:00.000Z', 'o-1:6:0'),
      ...['buyer', 'seller', 'platform'].map((to, i) =>
        notify(to, 'dispute.opened', '2026-03-01T15:00:00.000Z', `o-1:6:${i + 1}`),
      ),
    ]);
    for (const by of [BUYER, SELLER])
      refused(result.order, ev('dispute.withdraw', at(t0, 6 * HOUR), by), 'NOT_ALLOWED', 'dispute.notOpener');
  });

  it('does not open a dispute for declines after a delivery', () => {
    const result = askAndDecline(askAndDecline(delivered(), 3).order, 5);
    expect(result.order).toMatchObject({ status: 'delivered', version: 7, declinedCancellations: 2, dispute: null });
    expect(result.effects).toEqual([notify('buyer', 'cancellation.declined', '2026-03-01T16:00:00.000Z', 'o-1:7:0')]);
  });
});

describe('unanswered requests', () => {
  it.each([
    [
      'a cancellation request (onCancellationTimeout "expire")',
      () => cancelAsked(),
      'cancellationResponse',
      'cancellation.expired',
      { cancellation: null },
    ],
    ['an extension request', extensionAsked, 'extensionResponse', 'extension.expired', { extension: null }],
  ] as const)('%s expires at 48 h, telling both parties', (_, make, kind, name, requests) => {
    const order = make();
    expect(nextDeadline(order)).toEqual({ at: '2026-03-04T10:00:00.000Z', kind });
    expect(run(order, ev('clock.tick', at(ASK, 48 * HOUR - 1), SYSTEM)).order).toEqual(order);
    const result = run(order, ev('clock.tick', at(ASK, 48 * HOUR), SYSTEM));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 4,
      deliveryDeadline: '2026-03-04T11:00:00.000Z',
      requests,
    });
    expect(result.effects).toEqual([
      notify('buyer', name, '2026-03-04T10:00:00.000Z', 'o-1:4:0'),
      notify('seller', name, '2026-03-04T10:00:00.000Z', 'o-1:4:1'),
    ]);
    expect(result.order.history.at(-1)).toEqual(entry(4, `deadline.${kind}`, '2026-03-04T10:00:00.000Z', SYSTEM));
  });
});

describe('extension.accept', () => {
  it('moves the delivery deadline by the days asked', () => {
    const result = run(extensionAsked(), ev('extension.accept', ANSWER, BUYER));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 4,
      deliveryDeadline: '2026-03-06T11:00:00.000Z',
      requests: { extension: null },
    });
    expect(result.effects).toEqual([notify('seller', 'extension.accepted', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
  });

  it('clears the late mark when the new deadline is ahead, so a later lateness notifies again; keeps it otherwise', () => {
    const late = run(inProgress(), ev('clock.tick', '2026-03-04T11:00:00.000Z', SYSTEM)).order;
    const extend = (days: number, when: string) =>
      run(late, ev('extension.request', when, SELLER, { days }), ev('extension.accept', when, BUYER)).order;
    expect(extend(1, '2026-03-06T12:00:00Z')).toMatchObject({
      deliveryDeadline: '2026-03-05T11:00:00.000Z',
      lateSince: '2026-03-04T11:00:00.000Z',
    });
    const extended = extend(3, '2026-03-04T12:00:00Z');
    expect(extended).toMatchObject({ deliveryDeadline: '2026-03-07T11:00:00.000Z', lateSince: null });
    expect(run(extended, ev('clock.tick', '2026-03-07T11:00:00Z', SYSTEM)).effects).toEqual([
      notify('buyer', 'order.late', '2026-03-07T11:00:00.000Z', 'o-1:6:0'),
      notify('seller', 'order.late', '2026-03-07T11:00:00.000Z', 'o-1:6:1'),
    ]);
  });

  it('is closed without effect when the seller delivers', () => {
    const result = run(extensionAsked(), ev('order.deliver', ANSWER, SELLER));
    expect(result.order).toMatchObject({ status: 'delivered', version: 4, requests: { extension: null } });
    expect(result.effects).toEqual([notify('buyer', 'order.delivered', '2026-03-02T12:00:00.000Z', 'o-1:4:0')]);
  });

  it('takes days from 1 to 365 and refuses anything else as INVALID_INPUT', () => {
    for (const days of [0, 366, 1.5])
      refused(inProgress(), ev('extension.request', ASK, SELLER, { days }), 'INVALID_INPUT', 'integer.range');
    expect(run(inProgress(), ev('extension.request', ASK, SELLER, { days: 365 })).order.requests.extension?.days).toBe(
      365,
    );
  });
});

describe('options and offers grow the escrow', () => {
  it('option.add holds the quoted payment and pushes the delivery deadline by extraDays', () => {
    expect(quoteExtra(inProgress(), '15.00')).toEqual({
      currency: 'EUR',
      subtotal: '15.00',
      tip: '0.00',
      buyerFee: '0.75',
      total: '15.75',
    });
    const result = run(inProgress(), ev('option.add', ASK, BUYER, option('src', 2)));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 3,
      deliveryDeadline: '2026-03-06T11:00:00.000Z',
      escrow: { subtotal: '65.00' },
    });
    expect(result.order.extras).toEqual([
      {
        kind: 'option',
        id: 'src',
        label: 'Source files',
        price: '15.00',
        extraDays: 2,
        paymentId: 'pay-2',
        at: '2026-03-02T10:00:00.000Z',
      },
    ]);
    expect(result.effects).toEqual([notify('seller', 'option.added', '2026-03-02T10:00:00.000Z', 'o-1:3:0')]);
    expect(result.order.history.at(-1)).toEqual(entry(3, 'option.add', '2026-03-02T10:00:00.000Z', BUYER));
    expect(getBalances(result.order)).toEqual(balances('73.25', '73.25', '0.00', '0.00', '0.00'));
  });

  it('option.add takes extraDays from 0 to 365, counted from acceptance when bought while pending', () => {
    expect(run(inProgress(), ev('option.add', ASK, BUYER, option('src', 0))).order.deliveryDeadline).toBe(
      '2026-03-04T11:00:00.000Z',
    );
    expect(run(inProgress(), ev('option.add', ASK, BUYER, option('src', 365))).order.deliveryDeadline).toBe(
      '2027-03-04T11:00:00.000Z',
    );
    for (const extraDays of [-1, 366, 0.5])
      refused(inProgress(), ev('option.add', ASK, BUYER, option('src', extraDays)), 'INVALID_INPUT', 'integer.range');
    const early = run(
      placed(),
      ev('option.add', at(t0, HOUR / 2), BUYER, option('src', 2)),
      ev('order.accept', at(t0, HOUR), SELLER),
    );
    expect(early.order).toMatchObject({
      status: 'inProgress',
      version: 3,
      deliveryDeadline: '2026-03-06T11:00:00.000Z',
    });
  });

  it('offer.accept adds one of several pending offers when the buyer pays quoteExtra(order, price).total, on the cumulative S', () => {
    const order = run(offered(), ev('offer.propose', ASK, SELLER, offer('fonts', '15.00', 0))).order;
    const quote = quoteExtra(order, '20.00');
    expect(quote.total).toBe('21.00');
    const result = run(order, ev('offer.accept', ANSWER, BUYER, pay('anim', quote.total)));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 5,
      deliveryDeadline: '2026-03-07T11:00:00.000Z',
      escrow: { subtotal: '70.00' },
    });
    expect(result.effects).toEqual([notify('seller', 'offer.accepted', '2026-03-02T12:00:00.000Z', 'o-1:5:0')]);
    expect(quoteExtra(result.order, '15.00').total).toBe('15.75');
    const both = run(result.order, ev('offer.accept', ANSWER, BUYER, pay('fonts', '15.75', 'pay-3'))).order;
    expect(both.offers.map((o) => [o.id, o.status])).toEqual([
      ['anim', 'accepted'],
      ['fonts', 'accepted'],
    ]);
    expect(getBalances(both)).toEqual(balances('94.25', '94.25', '0.00', '0.00', '0.00'));
  });

  it('offer.accept sends a delivered order back to inProgress with deadline max(deadline, at) + extraDays', () => {
    const order = run(delivered(), ev('offer.propose', '2026-03-05T10:00:00Z', SELLER, offer('anim'))).order;
    const result = run(order, ev('offer.accept', '2026-03-05T12:00:00Z', BUYER, pay('anim')));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 5,
      reviewDeadline: null,
      deliveryDeadline: '2026-03-08T12:00:00.000Z',
      lateSince: null,
    });
    expect(result.effects).toEqual([notify('seller', 'offer.accepted', '2026-03-05T12:00:00.000Z', 'o-1:5:0')]);
  });
});

describe('partial refunds', () => {
  const accepted = (overrides = {}) => run(refundAsked('10.00', overrides), ev('refund.accept', ANSWER, SELLER));

  it.each([
    ['R plus the proportional fee: R = 10.00 on S = 50.00, F = 2.50 → 10.50', 'proportional', '10.50', '0.50', '47.00'],
    ['R only with refundBuyerFee.onPartialRefund "none"', 'none', '10.00', '0.00', '47.50'],
  ] as const)('refunds %s on acceptance, and the order goes on', (_, onPartialRefund, amount, feePart, held) => {
    const result = accepted(policy({ refundBuyerFee: { onCancel: true, onPartialRefund } }));
    expect(result.order).toMatchObject({
      status: 'inProgress',
      version: 4,
      requests: { refund: null },
      escrow: { refundedItems: '10.00', refundedBuyerFee: feePart },
    });
    expect(result.effects).toEqual([
      refund('pay-1', amount, 'refund.accept', '2026-03-02T12:00:00.000Z', 'o-1:4:0'),
      notify('buyer', 'refund.accepted', '2026-03-02T12:00:00.000Z', 'o-1:4:1'),
    ]);
    expect(getBalances(result.order)).toEqual(balances('57.50', held, amount, '0.00', '0.00'));
  });

  it('pays E = S − R minus commission at a later completion', () => {
    const result = run(
      accepted().order,
      ev('order.deliver', at(t0, 2 * DAY), SELLER),
      ev('order.complete', at(t0, 3 * DAY), BUYER),
    );
    expect(result.effects).toEqual([
      {
        type: 'payout',
        sellerId: 's-1',
        amount: '37.00',
        currency: 'EUR',
        at: '2026-03-04T10:00:00.000Z',
        orderId: 'o-1',
        version: 6,
        index: 0,
        idempotencyKey: 'o-1:6:0',
      },
      {
        type: 'revenue',
        amount: '10.00',
        currency: 'EUR',
        at: '2026-03-04T10:00:00.000Z',
        orderId: 'o-1',
        version: 6,
        index: 1,
        idempotencyKey: 'o-1:6:1',
        breakdown: { commission: '8.00', tipCommission: '0.00', buyerFee: '2.00', forfeited: '0.00' },
      },
      notify('seller', 'order.completed', '2026-03-04T10:00:00.000Z', 'o-1:6:2'),
    ]);
    expect(getBalances(result.order)).toEqual(balances('57.50', '0.00', '10.50', '37.00', '10.00'));
  });

  it("is INVALID_INPUT for a zero amount, as part of the event's shape (amount.positive)", () => {
    refused(inProgress(), ev('refund.propose', ASK, BUYER, { amount: '0' }), 'INVALID_INPUT', 'amount.positive');
    refused(inProgress(), ev('refund.propose', ASK, BUYER, { amount: '0.00' }), 'INVALID_INPUT', 'amount.positive');
  });

  it('is INVALID_INPUT unless R < S − refunds so far', () => {
    for (const amount of ['50.00', '50.01', '120.00'])
      refused(inProgress(), ev('refund.propose', ASK, BUYER, { amount }), 'INVALID_INPUT', 'refund.outOfRange');
    expect(refundAsked('49.99').requests.refund?.amount).toBe('49.99');
    const after = accepted().order;
    expect(
      refused(
        after,
        ev('refund.propose', at(ANSWER, HOUR), SELLER, { amount: '40.00' }),
        'INVALID_INPUT',
        'refund.outOfRange',
      ).details,
    ).toMatchObject({ below: '40.00' });
    expect(
      run(after, ev('refund.propose', at(ANSWER, HOUR), SELLER, { amount: '39.99' })).order.requests.refund?.amount,
    ).toBe('39.99');
  });
});

describe('final statuses close pending requests', () => {
  it('closes every pending request and offer without effects when the order is cancelled', () => {
    const busy = run(
      inProgress(),
      ev('cancellation.request', ASK, BUYER),
      ev('extension.request', ASK, SELLER, { days: 2 }),
      ev('refund.propose', ASK, SELLER, { amount: '5.00' }),
      ev('offer.propose', ASK, SELLER, offer('anim')),
    ).order;
    const result = run(busy, ev('order.cancel', ANSWER, PLATFORM));
    expect(result.order).toMatchObject({
      status: 'cancelled',
      version: 7,
      requests: { cancellation: null, extension: null, refund: null },
      offers: [{ status: 'closed' }],
    });
    expect(result.effects).toEqual([
      refund('pay-1', '57.50', 'order.cancel', '2026-03-02T12:00:00.000Z', 'o-1:7:0'),
      notify('buyer', 'order.cancelled', '2026-03-02T12:00:00.000Z', 'o-1:7:1'),
      notify('seller', 'order.cancelled', '2026-03-02T12:00:00.000Z', 'o-1:7:2'),
    ]);
  });

  it('closes a pending cancellation request and offer without effects when the buyer completes', () => {
    const busy = run(
      delivered(),
      ev('cancellation.request', ASK, SELLER),
      ev('offer.propose', ASK, SELLER, offer('anim')),
    ).order;
    const result = run(busy, ev('order.complete', ANSWER, BUYER));
    expect(result.order).toMatchObject({
      status: 'completed',
      requests: { cancellation: null },
      offers: [{ status: 'closed' }],
    });
    expect(result.effects.map((effect) => effect.type)).toEqual(['payout', 'revenue', 'notify']);
  });
});
