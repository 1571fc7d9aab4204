import { describe, expect, it } from 'vitest';
import { applyEvent, type ErrorCode, type Order, type OrderEvent } from '../../src';
import { at, BUYER, DAY, deepFreeze, HOUR, PLATFORM, placed, run, SELLER, SYSTEM, t0 } from '../support/fixtures';

// The orders the table runs against, each deep-frozen so that a mutation throws.
const pending = deepFreeze(placed());
const working = deepFreeze(run(pending, { type: 'order.accept', at: at(t0, HOUR), by: SELLER, id: 'e-accept' }).order);
const disputed = deepFreeze(run(working, { type: 'dispute.open', at: at(t0, 2 * HOUR), by: BUYER }).order);
const cancelled = deepFreeze(run(working, { type: 'order.cancel', at: at(t0, 2 * HOUR), by: SELLER }).order);

const ORDERS = { pending, working, disputed, cancelled } as const;
type OrderName = keyof typeof ORDERS;

const T = at(t0, 3 * HOUR);
const BEFORE_ACCEPT = at(t0, 30 * 60_000);

/** Builds an event from loose parts: the table feeds the library what an untrusted client could send. */
function ev(type: string, extra: Record<string, unknown> = {}, by: unknown = SELLER): OrderEvent {
  return { type, at: T, by, ...extra } as unknown as OrderEvent;
}
const refund = (amount: unknown) => ev('refund.propose', { amount }, BUYER);
const extension = (days: unknown) => ev('extension.request', { days });
const option = (overrides: Record<string, unknown> = {}, payment: unknown = { id: 'pay-2', amount: '15.75' }) =>
  ev(
    'option.add',
    { option: { id: 'opt-1', label: 'Source files', price: '15.00', extraDays: 2, ...overrides }, payment },
    BUYER,
  );
const resolve = (extra: Record<string, unknown>) => ev('dispute.resolve', extra, PLATFORM);

type Case = [description: string, order: OrderName, event: unknown, code: ErrorCode];

const CASES: Case[] = [
  // The event itself is not an event object.
  ['a null event', 'working', null, 'INVALID_INPUT'],
  ['a number as the event', 'working', 42, 'INVALID_INPUT'],
  ['a string as the event', 'working', 'x', 'INVALID_INPUT'],
  ['an array as the event', 'working', [], 'INVALID_INPUT'],
  ['an unknown type', 'working', ev('order.explode'), 'INVALID_INPUT'],
  ['a missing type', 'working', { at: T, by: SELLER }, 'INVALID_INPUT'],
  ['a type in another case', 'working', ev('ORDER.DELIVER'), 'INVALID_INPUT'],
  // at
  ['a missing at', 'working', { type: 'order.deliver', by: SELLER }, 'INVALID_INPUT'],
  ['an at without an offset', 'working', ev('order.deliver', { at: '2026-03-01T13:00:00' }), 'INVALID_INPUT'],
  ['an at with a date only', 'working', ev('order.deliver', { at: '2026-03-01' }), 'INVALID_INPUT'],
  ['an impossible date 2026-02-30', 'working', ev('order.deliver', { at: '2026-02-30T10:00:00Z' }), 'INVALID_INPUT'],
  ['an impossible hour 25:00', 'working', ev('order.deliver', { at: '2026-03-01T25:00:00Z' }), 'INVALID_INPUT'],
  ['an at given as a number', 'working', ev('order.deliver', { at: Date.parse(T) }), 'INVALID_INPUT'],
  [
    'an at on 2026-02-29, not a leap year',
    'working',
    ev('order.deliver', { at: '2026-02-29T10:00:00Z' }),
    'INVALID_INPUT',
  ],
  [
    'an at with an offset without a colon',
    'working',
    ev('order.deliver', { at: '2026-03-01T15:00:00+0200' }),
    'INVALID_INPUT',
  ],
  ['an at with a lower-case z', 'working', ev('order.deliver', { at: '2026-03-01T13:00:00z' }), 'INVALID_INPUT'],
  ['an at with a space instead of T', 'working', ev('order.deliver', { at: '2026-03-01 13:00:00Z' }), 'INVALID_INPUT'],
  // by
  ['a missing by', 'working', { type: 'order.deliver', at: T }, 'INVALID_INPUT'],
  ['a null by', 'working', ev('order.deliver', {}, null), 'INVALID_INPUT'],
  ['an unknown role', 'working', ev('order.deliver', {}, { role: 'admin', id: 's-1' }), 'INVALID_INPUT'],
  ['a by without a role', 'working', ev('order.deliver', {}, { id: 's-1' }), 'INVALID_INPUT'],
  ['a buyer without an id', 'working', ev('order.complete', {}, { role: 'buyer' }), 'INVALID_INPUT'],
  ['a seller without an id', 'working', ev('order.deliver', {}, { role: 'seller' }), 'INVALID_INPUT'],
  ['a seller with a numeric id', 'working', ev('order.deliver', {}, { role: 'seller', id: 1 }), 'INVALID_INPUT'],
  ['a platform with a numeric id', 'working', ev('dispute.open', {}, { role: 'platform', id: 7 }), 'INVALID_INPUT'],
  ['a buyer with an empty id', 'working', ev('dispute.open', {}, { role: 'buyer', id: '' }), 'INVALID_INPUT'],
  // event id, reason, message
  ['an empty event id', 'working', ev('order.deliver', { id: '' }), 'INVALID_INPUT'],
  ['an event id over 128 characters', 'working', ev('order.deliver', { id: 'e'.repeat(129) }), 'INVALID_INPUT'],
  ['a numeric event id', 'working', ev('order.deliver', { id: 7 }), 'INVALID_INPUT'],
  [
    'a reason over 2,000 characters',
    'working',
    ev('cancellation.request', { reason: 'r'.repeat(2001) }),
    'INVALID_INPUT',
  ],
  ['a message over 2,000 characters', 'working', ev('order.deliver', { message: 'm'.repeat(2001) }), 'INVALID_INPUT'],
  ['a reason that is not a string', 'working', ev('dispute.open', { reason: 404 }), 'INVALID_INPUT'],
  // amounts
  ['a number instead of an amount string', 'working', refund(5), 'INVALID_INPUT'],
  ['an amount "5."', 'working', refund('5.'), 'INVALID_INPUT'],
  ['an amount ".5"', 'working', refund('.5'), 'INVALID_INPUT'],
  ['an amount "-1"', 'working', refund('-1'), 'INVALID_INPUT'],
  ['an amount "1e3"', 'working', refund('1e3'), 'INVALID_INPUT'],
  ['an amount " 1"', 'working', refund(' 1'), 'INVALID_INPUT'],
  ['an amount "01"', 'working', refund('01'), 'INVALID_INPUT'],
  ['an amount "+5"', 'working', refund('+5'), 'INVALID_INPUT'],
  ['an amount "5.001" with too many decimals for EUR', 'working', refund('5.001'), 'INVALID_INPUT'],
  ['an empty amount', 'working', refund(''), 'INVALID_INPUT'],
  ['a missing amount', 'working', ev('refund.propose', {}, BUYER), 'INVALID_INPUT'],
  ['a refund amount of 0', 'working', refund('0'), 'INVALID_INPUT'],
  ['a refund amount equal to the items (50.00)', 'working', refund('50.00'), 'INVALID_INPUT'],
  // extension days
  ['extension days 0', 'working', extension(0), 'INVALID_INPUT'],
  ['extension days 366', 'working', extension(366), 'INVALID_INPUT'],
  ['extension days 1.5', 'working', extension(1.5), 'INVALID_INPUT'],
  ['extension days "3"', 'working', extension('3'), 'INVALID_INPUT'],
  ['extension days missing', 'working', ev('extension.request'), 'INVALID_INPUT'],
  // options and offers
  ['option.extraDays -1', 'working', option({ extraDays: -1 }), 'INVALID_INPUT'],
  ['option.extraDays 366', 'working', option({ extraDays: 366 }), 'INVALID_INPUT'],
  ['option.extraDays 1.5', 'working', option({ extraDays: 1.5 }), 'INVALID_INPUT'],
  ['an option without a label', 'working', option({ label: undefined }), 'INVALID_INPUT'],
  ['an option with an empty label', 'working', option({ label: '' }), 'INVALID_INPUT'],
  ['an option label over 2,000 characters', 'working', option({ label: 'l'.repeat(2001) }), 'INVALID_INPUT'],
  ['an option price of "0"', 'working', option({ price: '0' }), 'INVALID_INPUT'],
  ['an option price given as a number', 'working', option({ price: 15 }), 'INVALID_INPUT'],
  ['an option id over 128 characters', 'working', option({ id: 'x'.repeat(129) }), 'INVALID_INPUT'],
  [
    'an option.add without a payment',
    'working',
    ev('option.add', { option: { id: 'opt-1', label: 'Source files', price: '15.00', extraDays: 2 } }, BUYER),
    'INVALID_INPUT',
  ],
  [
    'an option.add without an option',
    'working',
    ev('option.add', { payment: { id: 'pay-2', amount: '15.75' } }, BUYER),
    'INVALID_INPUT',
  ],
  [
    'a payment amount with too many decimals',
    'working',
    option({}, { id: 'pay-2', amount: '15.750' }),
    'INVALID_INPUT',
  ],
  ['a payment without an id', 'working', option({}, { amount: '15.75' }), 'INVALID_INPUT'],
  ['an offer.propose without an offer', 'working', ev('offer.propose'), 'INVALID_INPUT'],
  [
    'an offerId that is not a string',
    'working',
    ev('offer.accept', { offerId: 42, payment: { id: 'pay-2', amount: '10.50' } }, BUYER),
    'INVALID_INPUT',
  ],
  ['an offer.decline without an offerId', 'working', ev('offer.decline', {}, BUYER), 'INVALID_INPUT'],
  // dispute.resolve
  ['an unknown dispute outcome', 'disputed', resolve({ outcome: 'coinflip' }), 'INVALID_INPUT'],
  ['a dispute.resolve without an outcome', 'disputed', resolve({}), 'INVALID_INPUT'],
  ['a split without a refund', 'disputed', resolve({ outcome: 'split' }), 'INVALID_INPUT'],
  ['a split with a refund of "abc"', 'disputed', resolve({ outcome: 'split', refund: 'abc' }), 'INVALID_INPUT'],
  ['a restart without deliveryDays', 'disputed', resolve({ outcome: 'restart' }), 'INVALID_INPUT'],
  ['a restart with deliveryDays 0', 'disputed', resolve({ outcome: 'restart', deliveryDays: 0 }), 'INVALID_INPUT'],
  ['a restart with deliveryDays 366', 'disputed', resolve({ outcome: 'restart', deliveryDays: 366 }), 'INVALID_INPUT'],
  // FORBIDDEN: the role may never send the type, or the id is not the party's
  ['the buyer accepting the order', 'pending', ev('order.accept', {}, BUYER), 'FORBIDDEN'],
  ['the platform delivering', 'working', ev('order.deliver', {}, PLATFORM), 'FORBIDDEN'],
  ['the seller resolving a dispute', 'disputed', ev('dispute.resolve', { outcome: 'release' }), 'FORBIDDEN'],
  [
    'the buyer proposing an offer',
    'working',
    ev('offer.propose', { offer: { id: 'of-1', label: 'More', price: '10.00', extraDays: 1 } }, BUYER),
    'FORBIDDEN',
  ],
  ['a seller with another seller id', 'working', ev('order.deliver', {}, { role: 'seller', id: 's-2' }), 'FORBIDDEN'],
  ['a buyer with another buyer id', 'working', ev('dispute.open', {}, { role: 'buyer', id: 'b-2' }), 'FORBIDDEN'],
  ['the buyer id used as a seller id', 'working', ev('order.deliver', {}, { role: 'seller', id: 'b-1' }), 'FORBIDDEN'],
  ['system sending order.cancel', 'working', ev('order.cancel', {}, SYSTEM), 'FORBIDDEN'],
  ['system sending dispute.open', 'working', ev('dispute.open', {}, SYSTEM), 'FORBIDDEN'],
  ['the buyer sending clock.tick', 'working', ev('clock.tick', {}, BUYER), 'FORBIDDEN'],
  ['the seller sending clock.tick', 'working', ev('clock.tick', {}, SELLER), 'FORBIDDEN'],
  ['the platform sending clock.tick', 'working', ev('clock.tick', {}, PLATFORM), 'FORBIDDEN'],
  // Which check answers first (SPEC §3).
  [
    'shape before FORBIDDEN: the buyer accepting with a bad at',
    'pending',
    ev('order.accept', { at: '2026-03-01' }, BUYER),
    'INVALID_INPUT',
  ],
  [
    'shape before FORBIDDEN: a buyer without an id accepting',
    'pending',
    ev('order.accept', {}, { role: 'buyer' }),
    'INVALID_INPUT',
  ],
  [
    'shape before FORBIDDEN: a wrong party id with a bad amount',
    'working',
    ev('refund.propose', { amount: '5.' }, { role: 'buyer', id: 'b-2' }),
    'INVALID_INPUT',
  ],
  [
    'FORBIDDEN before OUT_OF_ORDER: the buyer accepting before the last change',
    'working',
    ev('order.accept', { at: BEFORE_ACCEPT }, BUYER),
    'FORBIDDEN',
  ],
  [
    'FORBIDDEN before OUT_OF_ORDER: a wrong seller id before the last change',
    'working',
    ev('order.deliver', { at: BEFORE_ACCEPT }, { role: 'seller', id: 's-2' }),
    'FORBIDDEN',
  ],
  [
    'FORBIDDEN before ORDER_CLOSED: the buyer accepting a cancelled order',
    'cancelled',
    ev('order.accept', { at: at(t0, DAY) }, BUYER),
    'FORBIDDEN',
  ],
  [
    'OUT_OF_ORDER before ORDER_CLOSED: an event before the cancellation',
    'cancelled',
    ev('order.deliver', { at: at(t0, 90 * 60_000) }),
    'OUT_OF_ORDER',
  ],
  [
    'OUT_OF_ORDER before NOT_ALLOWED: accepting again, earlier',
    'working',
    ev('order.accept', { at: BEFORE_ACCEPT }),
    'OUT_OF_ORDER',
  ],
  [
    'ORDER_CLOSED before NOT_ALLOWED: delivering a cancelled order',
    'cancelled',
    ev('order.deliver', { at: at(t0, DAY) }),
    'ORDER_CLOSED',
  ],
];

describe('applyEvent: malformed events and inputs', () => {
  it('covers at least 45 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(CASES)('%s (%s order) is %s and leaves the order unchanged', (_name, orderName, event, code) => {
    const order = ORDERS[orderName];
    const before = JSON.stringify(order);
    const result = applyEvent(order, deepFreeze(event) as OrderEvent);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
    expect(JSON.stringify(order)).toBe(before);
  });
});

describe('applyEvent: the limits themselves are accepted', () => {
  it('accepts an id of 128 characters, a reason of 2,000 characters and extension days 1 and 365', () => {
    expect(applyEvent(working, ev('cancellation.request', { id: 'e'.repeat(128), reason: 'r'.repeat(2000) })).ok).toBe(
      true,
    );
    expect(applyEvent(working, ev('extension.request', { days: 1 })).ok).toBe(true);
    expect(applyEvent(working, ev('extension.request', { days: 365 })).ok).toBe(true);
  });

  it('accepts extraDays 0 and 365', () => {
    expect(applyEvent(working, option({ extraDays: 0 })).ok).toBe(true);
    expect(applyEvent(working, option({ extraDays: 365 })).ok).toBe(true);
  });

  it('accepts an amount written with fewer digits: a refund of "5" or "5.5"', () => {
    expect(applyEvent(working, refund('5')).ok).toBe(true);
    expect(applyEvent(working, refund('5.5')).ok).toBe(true);
  });
});

describe('applyEvent: a first argument that is not an order', () => {
  const event: OrderEvent = { type: 'order.deliver', at: T, by: SELLER };
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'o-1'],
    ['an array', []],
    ['an empty object', {}],
    ['an order with schemaVersion 3', { ...working, schemaVersion: 3 }],
    ['an order with schemaVersion "2"', { ...working, schemaVersion: '2' }],
    ['an order with an unknown status', { ...working, status: 'paused' }],
    ['an order without history', { ...working, history: [] }],
    ['an order without escrow', { ...working, escrow: undefined }],
  ])('is INVALID_ORDER for %s', (_name, order) => {
    const result = applyEvent(deepFreeze(order) as Order, event);
    expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_ORDER');
  });
});

// Found by test/properties/corruptOrders: an open order whose ledger does not hold what its escrow
// figures promise passed the light check, and the money operation then failed its assertion.
describe('applyEvent: an open order whose ledger disagrees with its escrow figures', () => {
  const emptied = (order: Order): Order => ({ ...order, escrow: { ...order.escrow, ledger: [] } });
  const proposed = run(working, { type: 'refund.propose', at: T, by: SELLER, amount: '5.00' }).order;
  const drained: Order = {
    ...proposed,
    escrow: { ...proposed.escrow, ledger: [{ ...proposed.escrow.ledger[0]!, amount: '5.00' }] },
  };
  it.each<[string, Order, OrderEvent]>([
    [
      'a tick past the acceptance window of a pending order with an empty ledger',
      emptied(pending),
      { type: 'clock.tick', at: at(t0, 3 * DAY), by: SYSTEM },
    ],
    [
      'a refund accepted on an order whose payment shrank below it',
      drained,
      { type: 'refund.accept', at: T, by: BUYER },
    ],
    [
      'a seller cancelling a working order with an empty ledger',
      emptied(working),
      { type: 'order.cancel', at: T, by: SELLER },
    ],
  ])('is INVALID_ORDER, not a thrown assertion, for %s', (_name, order, event) => {
    const result = applyEvent(deepFreeze(order), event);
    expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_ORDER');
  });
});

describe('applyEvent: check order around duplicate ids (SPEC §3)', () => {
  it('a reused id beats FORBIDDEN: re-sending an accepted id from the wrong role is CONFLICT, without the order', () => {
    const before = JSON.stringify(working);
    const result = applyEvent(working, { type: 'order.accept', at: T, by: BUYER, id: 'e-accept' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          'The event id "e-accept" was already used on this order for another event (another type, sender or payload); reuse an id only to retry the same event, and give every new event a new id.',
        details: { rule: 'event.idReused', path: 'id' },
      },
    });
    expect(JSON.stringify(working)).toBe(before);
  });

  it('a duplicate beats OUT_OF_ORDER and ORDER_CLOSED: a retry of the accepted event, at any instant', () => {
    const result = applyEvent(cancelled, { type: 'order.accept', at: BEFORE_ACCEPT, by: SELLER, id: 'e-accept' });
    expect(result).toEqual({ ok: true, order: cancelled, effects: [], duplicate: true });
  });

  it('shape beats a duplicate id: a malformed event with an accepted id is INVALID_INPUT', () => {
    const result = applyEvent(working, { type: 'order.accept', at: '2026-03-01', by: SELLER, id: 'e-accept' });
    expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
  });

  it('only system sends clock.tick, and system sends nothing else', () => {
    expect(applyEvent(working, { type: 'clock.tick', at: T, by: SYSTEM }).ok).toBe(true);
    for (const type of [
      'order.accept',
      'order.deliver',
      'order.cancel',
      'dispute.open',
      'dispute.withdraw',
      'cancellation.request',
    ] as const) {
      const result = applyEvent(working, { type, at: T, by: SYSTEM } as OrderEvent);
      expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    }
  });
});
