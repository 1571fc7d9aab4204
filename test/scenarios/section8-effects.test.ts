import { describe, expect, it } from 'vitest';
import { applyEvent, type Order, type OrderEvent } from '../../src';
import {
  at,
  BUYER,
  deepFreeze,
  ev,
  expectError,
  expectOk,
  HOUR,
  PLATFORM,
  placed,
  run,
  SELLER,
  SYSTEM,
  t0,
} from '../support/fixtures';
import { notify } from '../support/scenarioEffects';

// SPEC §8 effects and SPEC §3 idempotency and time order.
// Setup instants: accepted t0 + 1h, delivered t0 + 2h, revision asked t0 + 3h, requests t0 + 4h; events at t0 + 6h.

const h = (hours: number) => at(t0, hours * HOUR);
const NOW = h(6); // 2026-03-01T16:00:00.000Z

/** Applies a refused event to a frozen order: returns the error and checks the caller's order is unchanged. */
function refusal(order: Order, event: OrderEvent) {
  const before = structuredClone(order);
  const error = expectError(applyEvent(deepFreeze(order), event));
  expect(order).toEqual(before);
  return error;
}

const inProgress = () => run(placed(), ev('order.accept', h(1), SELLER)).order;
const delivered = () => run(inProgress(), ev('order.deliver', h(2), SELLER)).order;
const revision = () => run(delivered(), ev('revision.request', h(3), BUYER)).order;
const after =
  (event: OrderEvent, base: () => Order = inProgress) =>
  () =>
    run(base(), event).order;
const offer = { offer: { id: 'anim', label: 'Animation', price: '20.00', extraDays: 1 } };

describe('notifications for accepted party events', () => {
  it.each([
    ['order.accept', placed, SELLER, {}, [['buyer', 'order.accepted']]],
    ['order.decline', placed, SELLER, {}, [['buyer', 'order.declined']]],
    ['order.cancel by the buyer', placed, BUYER, {}, [['seller', 'order.cancelled']]],
    ['order.cancel by the seller', inProgress, SELLER, {}, [['buyer', 'order.cancelled']]],
    [
      'order.cancel by the platform',
      inProgress,
      PLATFORM,
      {},
      [
        ['buyer', 'order.cancelled'],
        ['seller', 'order.cancelled'],
      ],
    ],
    ['order.deliver', inProgress, SELLER, {}, [['buyer', 'order.delivered']]],
    ['order.complete', delivered, BUYER, {}, [['seller', 'order.completed']]],
    ['revision.request', delivered, BUYER, {}, [['seller', 'revision.requested']]],
    ['revision.accept', revision, SELLER, {}, [['buyer', 'revision.accepted']]],
    ['revision.decline', revision, SELLER, {}, [['buyer', 'revision.declined']]],
    ['cancellation.request by the buyer', inProgress, BUYER, {}, [['seller', 'cancellation.requested']]],
    ['cancellation.request by the seller', inProgress, SELLER, {}, [['buyer', 'cancellation.requested']]],
    [
      'cancellation.accept',
      after(ev('cancellation.request', h(4), BUYER)),
      SELLER,
      {},
      [['buyer', 'cancellation.accepted']],
    ],
    [
      'cancellation.decline',
      after(ev('cancellation.request', h(4), SELLER)),
      BUYER,
      {},
      [['seller', 'cancellation.declined']],
    ],
    [
      'cancellation.withdraw',
      after(ev('cancellation.request', h(4), BUYER)),
      BUYER,
      {},
      [['seller', 'cancellation.withdrawn']],
    ],
    ['extension.request', inProgress, SELLER, { days: 2 }, [['buyer', 'extension.requested']]],
    [
      'extension.accept',
      after(ev('extension.request', h(4), SELLER, { days: 2 })),
      BUYER,
      {},
      [['seller', 'extension.accepted']],
    ],
    [
      'extension.decline',
      after(ev('extension.request', h(4), SELLER, { days: 2 })),
      BUYER,
      {},
      [['seller', 'extension.declined']],
    ],
    [
      'extension.withdraw',
      after(ev('extension.request', h(4), SELLER, { days: 2 })),
      SELLER,
      {},
      [['buyer', 'extension.withdrawn']],
    ],
    [
      'option.add',
      inProgress,
      BUYER,
      {
        option: { id: 'src', label: 'Sources', price: '15.00', extraDays: 0 },
        payment: { id: 'pay-2', amount: '15.75' },
      },
      [['seller', 'option.added']],
    ],
    ['offer.propose', inProgress, SELLER, offer, [['buyer', 'offer.proposed']]],
    [
      'offer.accept',
      after(ev('offer.propose', h(4), SELLER, offer)),
      BUYER,
      { offerId: 'anim', payment: { id: 'pay-2', amount: '21.00' } },
      [['seller', 'offer.accepted']],
    ],
    [
      'offer.decline',
      after(ev('offer.propose', h(4), SELLER, offer)),
      BUYER,
      { offerId: 'anim' },
      [['seller', 'offer.declined']],
    ],
    [
      'offer.withdraw',
      after(ev('offer.propose', h(4), SELLER, offer)),
      SELLER,
      { offerId: 'anim' },
      [['buyer', 'offer.withdrawn']],
    ],
    ['refund.propose', inProgress, SELLER, { amount: '5.00' }, [['buyer', 'refund.proposed']]],
    [
      'refund.accept',
      after(ev('refund.propose', h(4), SELLER, { amount: '5.00' })),
      BUYER,
      {},
      [['seller', 'refund.accepted']],
    ],
    [
      'refund.decline',
      after(ev('refund.propose', h(4), SELLER, { amount: '5.00' })),
      BUYER,
      {},
      [['seller', 'refund.declined']],
    ],
    [
      'refund.withdraw',
      after(ev('refund.propose', h(4), SELLER, { amount: '5.00' })),
      SELLER,
      {},
      [['buyer', 'refund.withdrawn']],
    ],
    [
      'dispute.open by the buyer',
      inProgress,
      BUYER,
      {},
      [
        ['seller', 'dispute.opened'],
        ['platform', 'dispute.opened'],
      ],
    ],
    [
      'dispute.open by the seller',
      inProgress,
      SELLER,
      {},
      [
        ['buyer', 'dispute.opened'],
        ['platform', 'dispute.opened'],
      ],
    ],
    [
      'dispute.open by the platform',
      inProgress,
      PLATFORM,
      {},
      [
        ['buyer', 'dispute.opened'],
        ['seller', 'dispute.opened'],
        ['platform', 'dispute.opened'],
      ],
    ],
    [
      'dispute.withdraw by the buyer',
      after(ev('dispute.open', h(4), BUYER)),
      BUYER,
      {},
      [['seller', 'dispute.withdrawn']],
    ],
    [
      'dispute.withdraw by the platform',
      after(ev('dispute.open', h(4), PLATFORM)),
      PLATFORM,
      {},
      [
        ['buyer', 'dispute.withdrawn'],
        ['seller', 'dispute.withdrawn'],
      ],
    ],
    [
      'dispute.resolve',
      after(ev('dispute.open', h(4), SELLER)),
      PLATFORM,
      { outcome: 'restart', deliveryDays: 2 },
      [
        ['buyer', 'dispute.resolved'],
        ['seller', 'dispute.resolved'],
      ],
    ],
  ] as const)('%s notifies %j', (label, setup, by, payload, expected) => {
    const type = label.split(' ')[0] as OrderEvent['type'];
    const result = run(setup(), ev(type, NOW, by, payload));
    const notes = result.effects.filter((effect) => effect.type === 'notify');
    expect(notes.map((effect) => [effect.to, effect.event, effect.at])).toEqual(
      expected.map(([to, event]) => [to, event, '2026-03-01T16:00:00.000Z']),
    );
  });
});

describe('the effect envelope (SPEC §8, changed in 0.2)', () => {
  it('names the order, the version after the change and the index in the call, as numbers, on every effect', () => {
    const result = run(delivered(), ev('order.complete', NOW, BUYER));
    expect(
      result.effects.map((effect) => [
        effect.type,
        effect.orderId,
        effect.version,
        effect.index,
        effect.idempotencyKey,
      ]),
    ).toEqual([
      ['payout', 'o-1', 4, 0, 'o-1:4:0'],
      ['revenue', 'o-1', 4, 1, 'o-1:4:1'],
      ['notify', 'o-1', 4, 2, 'o-1:4:2'],
    ]);
  });

  it('orders effects past version 9 by number, where their keys as text would not (o-1:10:0 sorts before o-1:9:0)', () => {
    let order = inProgress();
    const effects = [];
    for (let step = 0; step < 9; step += 1) {
      const result = run(
        order,
        ev(
          step % 2 === 0 ? 'extension.request' : 'extension.withdraw',
          h(3 + step / 10),
          SELLER,
          step % 2 === 0 ? { days: 1 } : {},
        ),
      );
      effects.push(...result.effects);
      order = result.order;
    }
    expect(effects.map((effect) => effect.version)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const byText = [...effects]
      .sort((a, b) => a.idempotencyKey.localeCompare(b.idempotencyKey))
      .map((effect) => effect.version);
    expect(byText).toEqual([10, 11, 3, 4, 5, 6, 7, 8, 9]);
    const byNumbers = [...effects]
      .sort((a, b) => a.version - b.version || a.index - b.index)
      .map((effect) => effect.version);
    expect(byNumbers).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('gives a notification the party id of a buyer or seller recipient (toId), and none for the platform', () => {
    const result = run(inProgress(), ev('dispute.open', NOW, PLATFORM));
    expect(result.effects).toEqual([
      {
        type: 'notify',
        to: 'buyer',
        toId: 'b-1',
        event: 'dispute.opened',
        at: NOW,
        orderId: 'o-1',
        version: 3,
        index: 0,
        idempotencyKey: 'o-1:3:0',
      },
      {
        type: 'notify',
        to: 'seller',
        toId: 's-1',
        event: 'dispute.opened',
        at: NOW,
        orderId: 'o-1',
        version: 3,
        index: 1,
        idempotencyKey: 'o-1:3:1',
      },
      {
        type: 'notify',
        to: 'platform',
        event: 'dispute.opened',
        at: NOW,
        orderId: 'o-1',
        version: 3,
        index: 2,
        idempotencyKey: 'o-1:3:2',
      },
    ]);
  });
});

describe('effect order and idempotency keys', () => {
  it("lists a transition's effects as refunds, payout, revenue, then notifications", () => {
    const order = run(inProgress(), ev('dispute.open', h(4), BUYER)).order;
    const result = run(order, ev('dispute.resolve', NOW, PLATFORM, { outcome: 'split', refund: '20.00' }));
    expect(result.effects.map((effect) => [effect.type, effect.idempotencyKey])).toEqual([
      ['refund', 'o-1:4:0'],
      ['payout', 'o-1:4:1'],
      ['revenue', 'o-1:4:2'],
      ['notify', 'o-1:4:3'],
      ['notify', 'o-1:4:4'],
    ]);
    expect(result.effects.slice(0, 3)).toMatchObject([{ amount: '21.00' }, { amount: '29.00' }, { amount: '7.50' }]);
  });

  it('omits the payout when the seller gets nothing and the revenue when the platform keeps nothing', () => {
    const finish = [
      ev('order.accept', h(1), SELLER),
      ev('order.deliver', h(2), SELLER),
      ev('order.complete', h(3), BUYER),
    ];
    const allCommission = run(
      placed({
        tip: '0',
        fees: { buyerFee: { rate: '0' }, commission: { rate: '1' } },
        payment: { id: 'pay-1', amount: '50.00' },
      }),
      ...finish,
    );
    expect(allCommission.effects.map((effect) => [effect.type, effect.idempotencyKey])).toEqual([
      ['revenue', 'o-1:4:0'],
      ['notify', 'o-1:4:1'],
    ]);
    const noFees = run(
      placed({
        fees: { buyerFee: { rate: '0' }, commission: { rate: '0' } },
        payment: { id: 'pay-1', amount: '55.00' },
      }),
      ...finish,
    );
    expect(noFees.effects).toEqual([
      {
        type: 'payout',
        sellerId: 's-1',
        amount: '55.00',
        currency: 'EUR',
        at: '2026-03-01T13:00:00.000Z',
        orderId: 'o-1',
        version: 4,
        index: 0,
        idempotencyKey: 'o-1:4:0',
      },
      notify('seller', 'order.completed', '2026-03-01T13:00:00.000Z', 'o-1:4:1'),
    ]);
  });

  it('counts keys across the whole call when one tick applies two deadlines', () => {
    const order = run(inProgress(), ev('extension.request', h(2), SELLER, { days: 1 })).order; // answer by 2026-03-03T12:00
    const result = run(order, ev('clock.tick', '2026-03-05T00:00:00Z', SYSTEM));
    expect(result.effects).toEqual([
      notify('buyer', 'extension.expired', '2026-03-03T12:00:00.000Z', 'o-1:4:0'),
      notify('seller', 'extension.expired', '2026-03-03T12:00:00.000Z', 'o-1:4:1'),
      notify('buyer', 'order.late', '2026-03-04T11:00:00.000Z', 'o-1:4:2'),
      notify('seller', 'order.late', '2026-03-04T11:00:00.000Z', 'o-1:4:3'),
    ]);
  });

  it('numbers the keys of a deadline and the event after it in one sequence', () => {
    const result = run(inProgress(), ev('order.cancel', '2026-03-04T12:00:00Z', SELLER));
    expect(result.effects.map((effect) => [effect.type, effect.at, effect.idempotencyKey])).toEqual([
      ['notify', '2026-03-04T11:00:00.000Z', 'o-1:3:0'],
      ['notify', '2026-03-04T11:00:00.000Z', 'o-1:3:1'],
      ['refund', '2026-03-04T12:00:00.000Z', 'o-1:3:2'],
      ['notify', '2026-03-04T12:00:00.000Z', 'o-1:3:3'],
    ]);
  });
});

describe('event ids', () => {
  it('records each accepted id with the fingerprint of its type, sender and payload', () => {
    const accepted = run(placed(), { ...ev('order.accept', h(1), SELLER), id: 'evt-accept' }).order;
    expect(accepted.eventIds).toEqual([{ id: 'evt-accept', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('returns duplicate: true with the order unchanged and no effects for a retry, whatever its at, even after the state moved on', () => {
    const accepted = run(placed(), { ...ev('order.accept', h(1), SELLER), id: 'evt-accept' }).order;
    const completed = run(accepted, ev('order.deliver', h(2), SELLER), ev('order.complete', h(3), BUYER)).order;
    for (const when of [h(1), h(9)]) {
      const result = expectOk(
        applyEvent(deepFreeze(completed), { ...ev('order.accept', when, SELLER), id: 'evt-accept' }),
      );
      expect(result).toEqual({ ok: true, order: completed, effects: [], duplicate: true });
    }
  });

  it('checks the event shape before the duplicate id', () => {
    const accepted = run(placed(), { ...ev('order.accept', h(1), SELLER), id: 'evt-accept' }).order;
    const error = refusal(accepted, { ...ev('order.accept', '2026-03-01', SELLER), id: 'evt-accept' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { rule: 'instant.format' } });
  });

  it('does not record the id of a refused event: the corrected event with the same id is accepted', () => {
    const order = inProgress();
    const error = refusal(order, { ...ev('refund.propose', h(2), SELLER, { amount: '50.00' }), id: 'evt-refund' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { rule: 'refund.outOfRange' } });
    const result = run(order, { ...ev('refund.propose', h(2), SELLER, { amount: '5.00' }), id: 'evt-refund' });
    expect(result.duplicate).toBeUndefined();
    expect(result.order).toMatchObject({
      version: 3,
      eventIds: [{ id: 'evt-refund' }],
      requests: { refund: { amount: '5.00' } },
    });
  });

  it('does not record the id of a tick that changed nothing', () => {
    const order = inProgress();
    const early = run(order, { ...ev('clock.tick', h(2), SYSTEM), id: 'tick-1' });
    expect(early.order).toEqual(order);
    const due = run(order, { ...ev('clock.tick', '2026-03-04T11:00:00Z', SYSTEM), id: 'tick-1' });
    expect(due.duplicate).toBeUndefined();
    expect(due.order).toMatchObject({
      version: 3,
      eventIds: [{ id: 'tick-1' }],
      lateSince: '2026-03-04T11:00:00.000Z',
    });
  });
});

describe('limits on ids and texts (SPEC §3, §4)', () => {
  const [id129, text2001] = ['x'.repeat(129), 'r'.repeat(2001)];
  const src = (id: string, paymentId: string, label = 'Sources') => ({
    option: { id, label, price: '15.00', extraDays: 0 },
    payment: { id: paymentId, amount: '15.75' },
  });
  const offered = () => run(inProgress(), ev('offer.propose', h(2), SELLER, offer)).order;

  it('accepts ids of 128 characters and texts of 2,000', () => {
    const result = run(offered(), {
      ...ev('cancellation.request', NOW, BUYER, { reason: 'r'.repeat(2000) }),
      id: 'e'.repeat(128),
    });
    expect(result.order.eventIds.map((record) => record.id)).toEqual(['e'.repeat(128)]);
  });

  it.each([
    ['an event id', { ...ev('order.deliver', NOW, SELLER), id: id129 }, 'id', 'id.format'],
    ['an option id', ev('option.add', NOW, BUYER, src(id129, 'pay-2')), 'option.id', 'id.format'],
    ['a payment id', ev('option.add', NOW, BUYER, src('src', id129)), 'payment.id', 'id.format'],
    [
      'an offer id',
      ev('offer.propose', NOW, SELLER, { offer: { ...offer.offer, id: id129 } }),
      'offer.id',
      'id.format',
    ],
    ['an offerId', ev('offer.decline', NOW, BUYER, { offerId: id129 }), 'offerId', 'id.format'],
    ['a reason', ev('cancellation.request', NOW, BUYER, { reason: text2001 }), 'reason', 'text.format'],
    [
      'a refund reason',
      ev('refund.propose', NOW, SELLER, { amount: '5.00', reason: text2001 }),
      'reason',
      'text.format',
    ],
    ['a message', ev('order.deliver', NOW, SELLER, { message: text2001 }), 'message', 'text.format'],
    ['a label', ev('option.add', NOW, BUYER, src('src', 'pay-2', text2001)), 'option.label', 'text.format'],
  ] as const)('is INVALID_INPUT for %s over its limit, with the order unchanged', (_, event, path, rule) => {
    expect(refusal(offered(), event)).toMatchObject({ code: 'INVALID_INPUT', details: { path, rule } });
  });
});

describe('time order', () => {
  it('is OUT_OF_ORDER for an event earlier than the last change, with the order unchanged', () => {
    const error = refusal(inProgress(), ev('order.deliver', '2026-03-01T10:59:59.999Z', SELLER));
    expect(error).toMatchObject({
      code: 'OUT_OF_ORDER',
      details: { rule: 'time.beforeLastChange', lastChangeAt: '2026-03-01T11:00:00.000Z' },
    });
    const early = refusal(placed(), ev('order.accept', '2026-03-01T09:00:00Z', SELLER));
    expect(early).toMatchObject({ code: 'OUT_OF_ORDER', details: { lastChangeAt: '2026-03-01T10:00:00.000Z' } });
  });

  it('accepts an event at the same instant as the last change, written with any offset', () => {
    const result = run(inProgress(), ev('order.deliver', '2026-03-01T12:00:00+01:00', SELLER));
    expect(result.order).toMatchObject({ status: 'delivered', version: 3, deliveredAt: '2026-03-01T11:00:00.000Z' });
    expect(result.order.history.at(-1)).toEqual({
      version: 3,
      type: 'order.deliver',
      at: '2026-03-01T11:00:00.000Z',
      by: SELLER,
    });
  });

  it('checks the sender before the time: FORBIDDEN wins over OUT_OF_ORDER', () => {
    const error = refusal(inProgress(), ev('order.deliver', '2026-03-01T10:00:00Z', BUYER));
    expect(error).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'sender.role' } });
    const party = refusal(inProgress(), ev('order.deliver', '2026-03-01T10:00:00Z', { role: 'seller', id: 's-2' }));
    expect(party).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'sender.party' } });
  });

  it('is INVALID_INPUT for a buyer or seller without an id, before any other check', () => {
    const error = refusal(inProgress(), ev('order.deliver', '2026-03-01T10:00:00Z', { role: 'seller' }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { path: 'by.id' } });
  });

  it('ignores fields an event does not list', () => {
    const result = run(placed(), ev('order.accept', h(1), SELLER, { reason: 'x'.repeat(5000), extra: true }));
    expect(result.order.history.at(-1)).toEqual({
      version: 2,
      type: 'order.accept',
      at: '2026-03-01T11:00:00.000Z',
      by: SELLER,
    });
  });
});
