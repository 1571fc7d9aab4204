import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/api/applyEvent';
import { parseOrder } from '../../src/api/parseOrder';
import { SequestreError } from '../../src/errors';
import type { Order, OrderEvent } from '../../src/model/types';
import { parseAmount } from '../../src/money';
import { openOrder } from '../../src/order/openOrder';
import { presets } from '../../src/order/presets';
import { deepFreeze, thrownBy } from '../escrow/fixtures';
import { asQuery } from '../support/asQuery';
import { walkOrders } from '../support/walk';

const INPUT = {
  id: 'o-1',
  buyer: { id: 'b-1' },
  seller: { id: 's-1' },
  currency: 'EUR',
  items: [
    { id: 'gig', label: 'Logo', price: '40.00' },
    { id: 'x', label: 'Express', price: '10.00' },
  ],
  tip: '5.00',
  deliveryDays: 3,
  fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } },
  payment: { id: 'p-1', amount: '57.50' },
  placedAt: '2026-03-01T10:00:00Z',
};

const BUYER = { role: 'buyer', id: 'b-1' } as const;
const SELLER = { role: 'seller', id: 's-1' } as const;
const PLATFORM = { role: 'platform', id: 'ops-7' } as const;

const pending = (): Order => openOrder(INPUT, presets.comeup).order;

/** Applies events in turn, failing the test on any refusal; returns every order along the way. */
function run(order: Order, events: readonly OrderEvent[]): Order[] {
  const orders = [order];
  for (const event of events) {
    const result = applyEvent(orders[orders.length - 1]!, event);
    if (!result.ok) throw new Error(`${event.type} refused: ${JSON.stringify(result.error)}`);
    orders.push(result.order);
  }
  return orders;
}

const accept: OrderEvent = { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: SELLER };
const deliver: OrderEvent = { type: 'order.deliver', at: '2026-03-03T12:00:00Z', by: SELLER, message: 'Here it is.' };
const complete: OrderEvent = { type: 'order.complete', at: '2026-03-04T12:00:00Z', by: BUYER, id: 'evt-complete' };

/** accept → deliver → complete: a settled order whose escrow holds nothing. */
const completed = (): Order => run(pending(), [accept, deliver, complete]).at(-1)!;

/** A pending order with one option bought: two payments in its ledger. */
const withOption = (): Order =>
  run(pending(), [
    {
      type: 'option.add',
      at: '2026-03-01T11:00:00Z',
      by: BUYER,
      option: { id: 'opt-1', label: 'Source files', price: '20.00', extraDays: 1 },
      payment: { id: 'p-2', amount: '21.00' },
    },
  ]).at(-1)!;

/** A JSON copy: what a database would hand back. */
const stored = (order: Order): any => JSON.parse(JSON.stringify(order));

/** The refusal parseOrder throws; fails the test when it returns. */
const refusalOf = (value: unknown) => thrownBy(() => parseOrder(value)) as SequestreError;

describe('parseOrder', () => {
  it('returns a deep-equal copy of a stored order, never the same object', () => {
    const order = pending();
    const input = deepFreeze(stored(order));
    const parsed = parseOrder(input);
    expect(parsed).toEqual(order);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    for (const key of ['buyer', 'items', 'fees', 'policy', 'escrow', 'history', 'requests', 'revisions'] as const) {
      expect(parsed[key]).not.toBe(input[key]);
    }
    expect(parsed.escrow.ledger[0]).not.toBe(input.escrow.ledger[0]);
    expect(parsed.history[0]!.by).not.toBe(input.history[0].by);
  });

  it('keeps the keys in the order of the Order type', () => {
    const order = pending();
    expect(Object.keys(parseOrder(stored(order)))).toEqual(Object.keys(order));
  });

  it('accepts the library object itself as well as its JSON copy', () => {
    const order = deepFreeze(completed());
    expect(parseOrder(order)).toEqual(order);
  });

  it('accepts every order a lifecycle produces, each round-tripping through JSON', () => {
    const orders = run(pending(), [
      {
        type: 'option.add',
        at: '2026-03-01T11:00:00Z',
        by: BUYER,
        option: { id: 'opt-1', label: 'Source files', price: '20.00', extraDays: 1 },
        payment: { id: 'p-2', amount: '21.00' },
      },
      accept,
      {
        type: 'offer.propose',
        at: '2026-03-01T13:00:00Z',
        by: SELLER,
        offer: { id: 'off-1', label: 'Animated logo', price: '30.00', extraDays: 2 },
      },
      {
        type: 'offer.accept',
        at: '2026-03-01T14:00:00Z',
        by: BUYER,
        offerId: 'off-1',
        payment: { id: 'p-3', amount: '31.50' },
        id: 'evt-offer',
      },
      {
        type: 'offer.propose',
        at: '2026-03-01T15:00:00Z',
        by: SELLER,
        offer: { id: 'off-2', label: 'Business cards', price: '15.00', extraDays: 1 },
      },
      { type: 'refund.propose', at: '2026-03-01T16:00:00Z', by: BUYER, amount: '10.00', reason: 'One colour less.' },
      { type: 'refund.accept', at: '2026-03-01T17:00:00Z', by: SELLER },
      { type: 'extension.request', at: '2026-03-01T18:00:00Z', by: SELLER, days: 2 },
      { type: 'cancellation.request', at: '2026-03-01T19:00:00Z', by: BUYER },
      { type: 'cancellation.decline', at: '2026-03-01T20:00:00Z', by: SELLER },
      { type: 'order.deliver', at: '2026-03-02T10:00:00Z', by: SELLER },
      { type: 'revision.request', at: '2026-03-02T11:00:00Z', by: BUYER, message: 'Bigger, please.' },
      { type: 'dispute.open', at: '2026-03-02T12:00:00Z', by: BUYER, reason: 'No answer.' },
      { type: 'dispute.withdraw', at: '2026-03-02T13:00:00Z', by: BUYER },
      { type: 'clock.tick', at: '2026-03-05T13:00:00Z', by: { role: 'system' } },
      { type: 'revision.decline', at: '2026-03-05T14:00:00Z', by: SELLER, reason: 'Out of scope.' },
      { type: 'dispute.open', at: '2026-03-05T15:00:00Z', by: SELLER },
      { type: 'dispute.resolve', at: '2026-03-06T10:00:00Z', by: PLATFORM, outcome: 'split', refund: '20.00' },
    ]);
    expect(orders.at(-1)!.status).toBe('completed');
    for (const order of orders) expect(parseOrder(deepFreeze(stored(order)))).toEqual(order);
  });

  it('accepts a final order reached from a revision request, which clears it', () => {
    const [, , , requested, cancelled] = run(pending(), [
      accept,
      deliver,
      { type: 'revision.request', at: '2026-03-03T13:00:00Z', by: BUYER },
      { type: 'order.cancel', at: '2026-03-03T14:00:00Z', by: PLATFORM, reason: 'Fraud check.' },
    ]);
    expect(requested!.revisionRequest).not.toBeNull();
    expect(parseOrder(stored(requested!))).toEqual(requested);
    expect(cancelled!.status).toBe('cancelled');
    expect(parseOrder(stored(cancelled!))).toEqual(cancelled);
  });

  it('accepts orders closed by deadlines: acceptance timeout and expiry', () => {
    const timedOut = run(pending(), [{ type: 'clock.tick', at: '2026-03-04T00:00:00Z', by: { role: 'system' } }]).at(
      -1,
    )!;
    expect(timedOut.status).toBe('cancelled');
    expect(parseOrder(stored(timedOut))).toEqual(timedOut);
    const expired = run(pending(), [
      accept,
      { type: 'clock.tick', at: '2026-09-01T00:00:00Z', by: { role: 'system' } },
    ]).at(-1)!;
    expect(expired.status).toBe('expired');
    expect(parseOrder(stored(expired))).toEqual(expired);
  });

  it('accepts every order a breadth-first walk of the events reaches, in every status, under two policies', () => {
    const strict = {
      ...presets.comeup,
      refundBuyerFee: { onCancel: false, onPartialRefund: 'none' as const },
      onExpiry: 'refund' as const,
      onCancellationTimeout: 'dispute' as const,
    };
    const statuses = new Set<string>();
    for (const order of walkOrders(100, [presets.comeup, strict])) {
      expect(parseOrder(stored(order))).toEqual(order);
      statuses.add(order.status);
    }
    expect([...statuses].sort()).toEqual([
      'cancelled',
      'completed',
      'delivered',
      'disputed',
      'expired',
      'inProgress',
      'pending',
      'revisionRequested',
    ]);
  }, 20_000);

  // Each case corrupts a JSON copy of a valid order; the document is deep-frozen before parsing.
  type Case = { name: string; rule: string; path?: string; base?: () => Order; change: (doc: any) => unknown };
  // A JSON copy is untyped (`any`) on purpose: the cases write what the Order type forbids.
  const cases: Case[] = [
    { name: 'null', rule: 'object.expected', change: () => null },
    { name: 'an array', rule: 'object.expected', change: () => [] },
    { name: 'a number', rule: 'object.expected', change: () => 42 },
    { name: 'a string', rule: 'object.expected', change: () => 'order' },
    {
      name: 'schemaVersion 3',
      rule: 'order.schemaVersion',
      path: 'schemaVersion',
      change: (d) => void (d.schemaVersion = 3),
    },
    {
      name: 'schemaVersion "1"',
      rule: 'order.schemaVersion',
      path: 'schemaVersion',
      change: (d) => void (d.schemaVersion = '1'),
    },
    {
      name: 'no schemaVersion',
      rule: 'order.schemaVersion',
      path: 'schemaVersion',
      change: (d) => void delete d.schemaVersion,
    },
    {
      name: 'an unknown field at the top level',
      rule: 'object.unknownField',
      path: 'notes',
      change: (d) => void (d.notes = 'hi'),
    },
    {
      name: 'an unknown field in an item',
      rule: 'object.unknownField',
      path: 'items[0].colour',
      change: (d) => void (d.items[0].colour = 'red'),
    },
    {
      name: 'an unknown field in a posting',
      rule: 'object.unknownField',
      path: 'escrow.ledger[0].memo',
      change: (d) => void (d.escrow.ledger[0].memo = 'x'),
    },
    {
      name: 'an unknown field in the policy',
      rule: 'policy.unknownField',
      path: 'policy.surcharge',
      change: (d) => void (d.policy.surcharge = 'P1D'),
    },
    {
      name: 'a __proto__ key at the top level',
      rule: 'object.forbiddenKey',
      change: (d) => JSON.parse(JSON.stringify(d).replace('{', '{"__proto__":{"status":"completed"},')),
    },
    {
      name: 'a __proto__ key in the escrow',
      rule: 'object.forbiddenKey',
      change: (d) => JSON.parse(JSON.stringify(d).replace('"escrow":{', '"escrow":{"__proto__":{},')),
    },
    {
      name: 'a constructor key in buyer',
      rule: 'object.forbiddenKey',
      change: (d) => void (d.buyer.constructor = 'x'),
    },
    {
      name: 'a field stored as undefined',
      rule: 'field.undefined',
      path: 'history[0].reason',
      change: (d) => void (d.history[0].reason = undefined),
    },
    { name: 'an unknown status', rule: 'enum.expected', path: 'status', change: (d) => void (d.status = 'shipped') },
    {
      name: 'a version that is a string',
      rule: 'integer.range',
      path: 'version',
      change: (d) => void (d.version = '1'),
    },
    {
      name: 'a version that does not match the history',
      rule: 'history.version',
      path: 'version',
      change: (d) => void (d.version = 2),
    },
    { name: 'an empty history', rule: 'history.empty', path: 'history', change: (d) => void (d.history = []) },
    {
      name: 'a history that does not start with order.placed',
      rule: 'history.firstEntry',
      change: (d) => void (d.history[0].type = 'order.accept'),
    },
    {
      name: 'history versions that skip one',
      rule: 'history.versionOrder',
      path: 'history[2].version',
      base: completed,
      change: (d) => void (d.history[2].version = 4),
    },
    {
      name: 'history going back in time',
      rule: 'history.timeOrder',
      base: completed,
      change: (d) => void (d.history[2].at = '2026-03-01T11:00:00.000Z'),
    },
    {
      name: 'a price of "40.0"',
      rule: 'amount.notCanonical',
      path: 'items[0].price',
      change: (d) => void (d.items[0].price = '40.0'),
    },
    {
      name: 'a price of "40.000"',
      rule: 'amount.tooManyDecimals',
      path: 'items[0].price',
      change: (d) => void (d.items[0].price = '40.000'),
    },
    {
      name: 'a price as a number',
      rule: 'amount.mustBeString',
      path: 'items[0].price',
      change: (d) => void (d.items[0].price = 40),
    },
    {
      name: 'a posting amount with too many digits',
      rule: 'amount.tooManyDecimals',
      path: 'escrow.ledger[0].amount',
      change: (d) => void (d.escrow.ledger[0].amount = '57.5000'),
    },
    {
      name: 'a fixed fee not in the currency form',
      rule: 'amount.notCanonical',
      path: 'fees.buyerFee.fixed',
      change: (d) => void (d.fees.buyerFee.fixed = '0'),
    },
    {
      name: 'a rate that is not a rate',
      rule: 'rate.format',
      path: 'fees.commission.rate',
      change: (d) => void (d.fees.commission.rate = '20%'),
    },
    {
      name: 'an unknown field in the fees',
      rule: 'object.unknownField',
      path: 'fees.buyerFee.cap',
      change: (d) => void (d.fees.buyerFee.cap = '9.00'),
    },
    {
      name: 'a missing tip commission',
      rule: 'field.missing',
      path: 'fees.tipCommission',
      change: (d) => void delete d.fees.tipCommission,
    },
    {
      name: 'an instant without milliseconds',
      rule: 'instant.notCanonical',
      path: 'placedAt',
      change: (d) => void (d.placedAt = '2026-03-01T10:00:00Z'),
    },
    {
      name: 'an instant with an offset',
      rule: 'instant.notCanonical',
      path: 'history[0].at',
      change: (d) => void (d.history[0].at = '2026-03-01T11:00:00.000+01:00'),
    },
    {
      name: 'an impossible date',
      rule: 'instant.format',
      path: 'expiresAt',
      change: (d) => void (d.expiresAt = '2026-02-30T10:00:00.000Z'),
    },
    {
      name: 'an unknown currency',
      rule: 'currency.unknown',
      path: 'currency',
      change: (d) => void (d.currency = 'XYZ'),
    },
    {
      name: 'negative declinedCancellations',
      rule: 'integer.range',
      path: 'declinedCancellations',
      change: (d) => void (d.declinedCancellations = -1),
    },
    {
      name: 'negative accepted revisions',
      rule: 'integer.range',
      path: 'revisions.accepted',
      change: (d) => void (d.revisions.accepted = -1),
    },
    {
      name: 'deliveryDays 2.5',
      rule: 'integer.range',
      path: 'deliveryDays',
      change: (d) => void (d.deliveryDays = 2.5),
    },
    {
      name: 'revisionDays 366',
      rule: 'integer.range',
      path: 'revisionDays',
      change: (d) => void (d.revisionDays = 366),
    },
    {
      name: 'maxRevisions 101',
      rule: 'integer.range',
      path: 'maxRevisions',
      change: (d) => void (d.maxRevisions = 101),
    },
    {
      name: 'a zero review window in the policy',
      rule: 'duration.format',
      path: 'policy.reviewWindow',
      change: (d) => void (d.policy.reviewWindow = 'P0D'),
    },
    {
      name: 'a changed posting amount (money not conserved)',
      rule: 'payment.amountMismatch',
      path: 'escrow.ledger[0].amount',
      change: (d) => void ((d.escrow.ledger[0].amount = '58.00'), (d.escrow.ledger[0].tip = '5.50')),
    },
    {
      name: 'posting parts that do not add up to the amount',
      rule: 'posting.parts',
      path: 'escrow.ledger[0].amount',
      change: (d) => void (d.escrow.ledger[0].tip = '5.01'),
    },
    {
      name: 'parts on a payout',
      rule: 'posting.parts',
      path: 'escrow.ledger[1].items',
      base: completed,
      change: (d) => void (d.escrow.ledger[1].items = '45.00'),
    },
    {
      name: 'a changed payout (more out than in)',
      rule: 'ledger.notReplayable',
      path: 'escrow.ledger[1]',
      base: completed,
      change: (d) => void (d.escrow.ledger[1].amount = '99.00'),
    },
    {
      name: 'money still held on a completed order',
      rule: 'status.money',
      path: 'status',
      base: completed,
      change: (d) => void d.escrow.ledger.splice(1),
    },
    {
      name: 'a completed status with the money still held',
      rule: 'status.money',
      path: 'status',
      change: (d) => void (d.status = 'completed'),
    },
    {
      name: 'a subtotal that is not the sum of the prices',
      rule: 'escrow.figures',
      path: 'escrow.subtotal',
      change: (d) => void (d.escrow.subtotal = '55.00'),
    },
    {
      name: 'refunded items up to the subtotal',
      rule: 'escrow.figures',
      path: 'escrow.refundedItems',
      change: (d) => void (d.escrow.refundedItems = '50.00'),
    },
    {
      name: 'a buyer fee figure off by a cent',
      rule: 'escrow.figures',
      path: 'escrow.buyerFee',
      change: (d) => void (d.escrow.buyerFee = '2.51'),
    },
    {
      name: 'a posting of a version the history does not have',
      rule: 'ledger.unexplained',
      path: 'escrow.ledger[1]',
      base: completed,
      change: (d) => {
        for (const p of d.escrow.ledger.slice(1)) p.version = 5;
      },
    },
    {
      name: 'postings of one change that disagree on their cause',
      rule: 'ledger.mixedChange',
      path: 'escrow.ledger[2]',
      base: completed,
      change: (d) => void (d.escrow.ledger[2].cause = 'deadline.review'),
    },
    {
      name: 'a release caused by a delivery',
      rule: 'ledger.notReplayable',
      path: 'escrow.ledger[1]',
      base: completed,
      change: (d) => {
        for (const p of d.escrow.ledger.slice(1))
          Object.assign(p, { cause: 'order.deliver', version: 3, at: '2026-03-03T12:00:00.000Z' });
      },
    },
    {
      name: 'a payment id used twice',
      rule: 'payment.duplicateId',
      path: 'escrow.ledger[1].paymentId',
      base: withOption,
      change: (d) => void (d.escrow.ledger[1].paymentId = d.extras[0].paymentId = 'p-1'),
    },
    {
      name: 'an option with no payment',
      rule: 'extra.withoutPayment',
      path: 'extras[0]',
      base: withOption,
      change: (d) => void d.escrow.ledger.splice(1),
    },
    {
      name: 'a posting from the seller to the buyer',
      rule: 'posting.route',
      change: (d) => void (d.escrow.ledger[0].from = 'seller'),
    },
    {
      name: 'a zero posting',
      rule: 'amount.positive',
      path: 'escrow.ledger[0].amount',
      change: (d) => void (d.escrow.ledger[0].amount = '0.00'),
    },
    {
      name: 'a dispute while pending',
      rule: 'status.dispute',
      path: 'dispute',
      change: (d) =>
        void (d.dispute = {
          openedBy: { role: 'buyer', id: 'b-1' },
          openedAt: '2026-03-01T11:00:00.000Z',
          from: 'inProgress',
        }),
    },
    {
      name: 'a revision request while pending',
      rule: 'status.revisionRequest',
      change: (d) =>
        void (d.revisionRequest = {
          at: '2026-03-01T11:00:00.000Z',
          deadline: '2026-03-03T11:00:00.000Z',
          overdue: false,
        }),
    },
    {
      name: 'a revision request on a final order',
      rule: 'status.revisionRequest',
      base: completed,
      change: (d) =>
        void (d.revisionRequest = {
          at: '2026-03-03T13:00:00.000Z',
          deadline: '2026-03-05T13:00:00.000Z',
          overdue: false,
        }),
    },
    {
      name: 'a delivery deadline before acceptance',
      rule: 'status.deliveryDeadline',
      change: (d) => void (d.deliveryDeadline = '2026-03-04T10:00:00.000Z'),
    },
    {
      name: 'a label over 2,000 characters',
      rule: 'text.format',
      path: 'items[0].label',
      change: (d) => void (d.items[0].label = 'x'.repeat(2001)),
    },
    {
      name: 'a reason over 2,000 characters',
      rule: 'text.format',
      path: 'history[0].reason',
      change: (d) => void (d.history[0].reason = 'x'.repeat(2001)),
    },
    { name: 'an id over 128 characters', rule: 'id.format', path: 'id', change: (d) => void (d.id = 'o'.repeat(129)) },
    { name: 'an empty buyer id', rule: 'id.format', path: 'buyer.id', change: (d) => void (d.buyer.id = '') },
    { name: 'the buyer as the seller', rule: 'parties.same', change: (d) => void (d.seller.id = 'b-1') },
    {
      name: 'a history entry by another buyer',
      rule: 'actor.notParty',
      path: 'history[0].by.id',
      change: (d) => void (d.history[0].by.id = 'b-2'),
    },
    {
      name: 'the same item id twice',
      rule: 'ids.duplicate',
      path: 'items[1].id',
      change: (d) => void (d.items[1].id = 'gig'),
    },
    {
      name: 'the same event id twice',
      rule: 'eventIds.duplicate',
      path: 'eventIds[1].id',
      change: (d) =>
        void (d.eventIds = [
          { id: 'e-1', fingerprint: null },
          { id: 'e-1', fingerprint: null },
        ]),
    },
    {
      name: 'an event id that is a number',
      rule: 'id.format',
      path: 'eventIds[0].id',
      change: (d) => void (d.eventIds = [{ id: 7, fingerprint: null }]),
    },
    {
      name: 'a plain string event id in schema 2',
      rule: 'object.expected',
      path: 'eventIds[0]',
      change: (d) => void (d.eventIds = ['e-1']),
    },
    {
      name: 'a fingerprint that is not SHA-256 hex',
      rule: 'eventIds.fingerprint',
      path: 'eventIds[0].fingerprint',
      change: (d) => void (d.eventIds = [{ id: 'e-1', fingerprint: 'abc' }]),
    },
    {
      name: 'a review deadline before the last change',
      rule: 'deadline.beforeLastChange',
      path: 'reviewDeadline',
      base: () => run(pending(), [accept, deliver]).at(-1)!,
      change: (d) => void (d.reviewDeadline = '2026-03-03T11:00:00.000Z'),
    },
    {
      name: 'an expiry before the last change',
      rule: 'deadline.beforeLastChange',
      path: 'expiresAt',
      base: () => run(pending(), [accept]).at(-1)!,
      change: (d) => void (d.expiresAt = '2026-03-01T11:00:00.000Z'),
    },
    {
      name: 'a cancellation answer due before the last change',
      rule: 'deadline.beforeLastChange',
      path: 'requests.cancellation.deadline',
      base: () =>
        run(pending(), [
          accept,
          { type: 'cancellation.request', at: '2026-03-01T13:00:00Z', by: BUYER },
          { type: 'extension.request', at: '2026-03-02T13:00:00Z', by: SELLER, days: 1 },
        ]).at(-1)!,
      change: (d) => void (d.requests.cancellation.deadline = '2026-03-02T12:00:00.000Z'),
    },
    {
      name: 'an extension answer due before the last change',
      rule: 'deadline.beforeLastChange',
      path: 'requests.extension.deadline',
      base: () =>
        run(pending(), [
          accept,
          { type: 'extension.request', at: '2026-03-01T13:00:00Z', by: SELLER, days: 1 },
          { type: 'cancellation.request', at: '2026-03-02T13:00:00Z', by: BUYER },
        ]).at(-1)!,
      change: (d) => void (d.requests.extension.deadline = '2026-03-02T12:00:00.000Z'),
    },
    {
      name: 'a revision answer due before the last change',
      rule: 'deadline.beforeLastChange',
      path: 'revisionRequest.deadline',
      base: () =>
        run(pending(), [
          accept,
          deliver,
          { type: 'revision.request', at: '2026-03-03T13:00:00Z', by: BUYER },
          { type: 'cancellation.request', at: '2026-03-04T13:00:00Z', by: BUYER },
        ]).at(-1)!,
      change: (d) => void (d.revisionRequest.deadline = '2026-03-04T12:00:00.000Z'),
    },
    {
      name: 'an acceptance window that ended before the last change',
      rule: 'deadline.beforeLastChange',
      path: 'placedAt',
      base: withOption,
      change: (d) => void (d.policy.acceptanceWindow = 'PT30M'),
    },
    {
      name: 'a pending request on a final order',
      rule: 'status.requests',
      base: completed,
      change: (d) =>
        void (d.requests.refund = { by: { role: 'buyer', id: 'b-1' }, amount: '5.00', at: '2026-03-04T12:00:00.000Z' }),
    },
  ];

  it.each(cases)('refuses $name with INVALID_ORDER ($rule)', ({ rule, path, base, change }) => {
    const doc = stored((base ?? pending)());
    const replaced = change(doc);
    const corrupted = deepFreeze(replaced === undefined ? doc : replaced);
    const error = refusalOf(corrupted);
    expect(error).toBeInstanceOf(SequestreError);
    expect(error.code).toBe('INVALID_ORDER');
    expect(error.details).toMatchObject(path === undefined ? { rule } : { rule, path });
    expect(error.message).toMatch(/\.$/);
  });

  it('says which schema versions it reads when it meets an unknown one', () => {
    const doc = stored(pending());
    doc.schemaVersion = 3;
    const error = refusalOf(doc);
    expect(error.message).toBe(
      '"schemaVersion" 3 is not supported: this version of sequestre reads orders of schemaVersion 1, 2 (the number, not a string).',
    );
    expect(error.details).toEqual({ path: 'schemaVersion', rule: 'order.schemaVersion', expected: [1, 2] });
  });

  it('names any value it cannot read as a schema version without stringifying it', () => {
    for (const [version, shown] of [
      [Object.create(null), 'a value of type object'],
      [[1], 'an array'],
      ['x'.repeat(50), `"${'x'.repeat(40)}…"`],
      [null, 'null'],
    ] as const) {
      const doc = { ...stored(pending()), schemaVersion: version };
      expect(refusalOf(doc).message).toBe(
        `"schemaVersion" ${shown} is not supported: this version of sequestre reads orders of schemaVersion 1, 2 (the number, not a string).`,
      );
    }
  });

  it('turns INVALID_INPUT from a shared helper into INVALID_ORDER with the same message and details', () => {
    const doc = stored(pending());
    doc.items[0].price = '40.000';
    const expected = thrownBy(() => asQuery(() => parseAmount('40.000', 2, 'items[0].price'))) as SequestreError;
    const error = refusalOf(doc);
    expect(expected.code).toBe('INVALID_INPUT');
    expect(error.code).toBe('INVALID_ORDER');
    expect(error.message).toBe(expected.message);
    expect(error.details).toEqual(expected.details);
  });

  it('rethrows an error that is not a SequestreError unchanged', () => {
    const boom = new Error('storage driver failed');
    const doc = stored(pending());
    Object.defineProperty(doc, 'id', {
      enumerable: true,
      get: () => {
        throw boom;
      },
    });
    expect(() => parseOrder(doc)).toThrow(boom);
  });

  it('never mutates its argument, accepted or refused', () => {
    const doc = stored(completed());
    const before = JSON.stringify(doc);
    deepFreeze(doc);
    parseOrder(doc);
    expect(JSON.stringify(doc)).toBe(before);
    const broken = deepFreeze({ ...stored(completed()), status: 'pending' });
    expect(refusalOf(broken).code).toBe('INVALID_ORDER');
  });
});
