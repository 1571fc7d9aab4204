import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  availableActions,
  createOrder,
  ERROR_CODES,
  type ErrorCode,
  getBalances,
  nextDeadline,
  type Order,
  type OrderEvent,
  parseOrder,
  type QuoteInput,
  quoteExtra,
  quoteOrder,
  type Result,
  SequestreError,
} from '../../src';
import { at, BUYER, checkout, DAY, deepFreeze, HOUR, PLATFORM, placed, run, SELLER, t0 } from '../support/fixtures';

/** Runs a query and returns what it threw. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function codeOf(result: Result): ErrorCode | 'ok' {
  return result.ok ? 'ok' : result.error.code;
}

describe('SequestreError', () => {
  it('is an Error named SequestreError with a code and a message', () => {
    const error = new SequestreError('CONFLICT', 'A refund proposal is already pending.');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(SequestreError);
    expect(error.name).toBe('SequestreError');
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('A refund proposal is already pending.');
  });

  it('is what a query throws, with name, code and message', () => {
    const error = thrown(() => quoteOrder({ currency: 'EURO', items: [], fees: checkout().fees } as QuoteInput));
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(SequestreError);
    expect((error as SequestreError).name).toBe('SequestreError');
    expect((error as SequestreError).code).toBe('INVALID_INPUT');
    expect(typeof (error as SequestreError).message).toBe('string');
  });
});

describe('queries throw SequestreError with a code', () => {
  const order = placed();
  it.each<[string, () => unknown, ErrorCode]>([
    ['quoteOrder with an unknown currency', () => quoteOrder({ ...checkout(), currency: 'ZZZ' }), 'INVALID_INPUT'],
    ['quoteOrder with empty items', () => quoteOrder({ ...checkout(), items: [] }), 'INVALID_INPUT'],
    [
      'quoteOrder with a number price',
      () => quoteOrder({ ...checkout(), items: [{ id: 'a', label: 'A', price: 5 as unknown as string }] }),
      'INVALID_INPUT',
    ],
    ['quoteExtra with a price of "0"', () => quoteExtra(order, '0'), 'INVALID_INPUT'],
    ['quoteExtra with a price of "1e3"', () => quoteExtra(order, '1e3'), 'INVALID_INPUT'],
    ['quoteExtra on {}', () => quoteExtra({} as Order, '10.00'), 'INVALID_ORDER'],
    ['parseOrder(42)', () => parseOrder(42), 'INVALID_ORDER'],
    ['parseOrder(null)', () => parseOrder(null), 'INVALID_ORDER'],
    ['parseOrder({})', () => parseOrder({}), 'INVALID_ORDER'],
    [
      'parseOrder of an order with schemaVersion 99',
      () => parseOrder({ ...order, schemaVersion: 99 }),
      'INVALID_ORDER',
    ],
    ['nextDeadline({})', () => nextDeadline({} as Order), 'INVALID_ORDER'],
    ['nextDeadline(null)', () => nextDeadline(null as unknown as Order), 'INVALID_ORDER'],
    ['getBalances({})', () => getBalances({} as Order), 'INVALID_ORDER'],
    ['getBalances(42)', () => getBalances(42 as unknown as Order), 'INVALID_ORDER'],
    ['availableActions({})', () => availableActions({} as Order, { viewer: BUYER, at: t0 }), 'INVALID_ORDER'],
    [
      'availableActions with a buyer without an id',
      () => availableActions(order, { viewer: { role: 'buyer' }, at: t0 }),
      'INVALID_INPUT',
    ],
  ])('%s throws %s', (_name, call, code) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(SequestreError);
    expect((error as SequestreError).code).toBe(code);
  });
});

describe('commands never throw', () => {
  const event: OrderEvent = { type: 'order.accept', at: t0, by: SELLER };
  const garbageOrders: unknown[] = [
    null,
    undefined,
    0,
    'order',
    [],
    {},
    { schemaVersion: 1 },
    { ...placed(), history: null },
    { ...placed(), policy: null },
    { ...placed(), escrow: { ledger: 'nope' } },
    { ...placed(), fees: {} },
    { ...placed(), currency: 'ZZZ' },
    { ...placed(), requests: null },
    { ...placed(), buyer: null },
  ];

  it.each(garbageOrders.map((order, index) => [index, order] as const))(
    'applyEvent returns { ok: false } for garbage order #%i',
    (_index, order) => {
      let result: Result | undefined;
      expect(() => {
        result = applyEvent(order as Order, event);
      }).not.toThrow();
      expect(result!.ok).toBe(false);
    },
  );

  it('applyEvent answers INVALID_ORDER for an order it cannot use', () => {
    expect(codeOf(applyEvent(null as unknown as Order, event))).toBe('INVALID_ORDER');
    expect(codeOf(applyEvent({} as Order, event))).toBe('INVALID_ORDER');
  });

  it('applyEvent checks the order before the event: an unusable order with a malformed event is INVALID_ORDER', () => {
    // The event is read against the order (its amounts in the order's currency), so the order answers first.
    const malformed = {
      type: 'refund.propose',
      at: 'yesterday',
      by: { role: 'nobody' },
      amount: 12,
    } as unknown as OrderEvent;
    const unusable = { ...placed(), currency: 'XXX' } as Order;
    expect(applyEvent(unusable, malformed)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ORDER', details: { rule: 'order.shape' } },
    });
    expect(applyEvent({} as Order, malformed)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ORDER', details: { rule: 'order.shape' } },
    });
    const schema1 = { ...placed(), schemaVersion: 1 } as unknown as Order;
    expect(applyEvent(schema1, malformed)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ORDER', details: { rule: 'order.schemaOutdated' } },
    });
    expect(applyEvent(placed(), malformed)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['an object without a prototype', Object.create(null)],
    ['a function', () => 1],
    ['a deeply nested object', { type: { type: { type: 'order.accept' } }, at: { at: t0 }, by: { by: SELLER } }],
    ['an event whose by is an array', { type: 'order.accept', at: t0, by: [SELLER] }],
  ])('applyEvent returns INVALID_INPUT for %s as the event', (_name, garbage) => {
    const order = deepFreeze(placed());
    let result: Result | undefined;
    expect(() => {
      result = applyEvent(order, garbage as OrderEvent);
    }).not.toThrow();
    expect(codeOf(result!)).toBe('INVALID_INPUT');
  });

  it('createOrder returns { ok: false } for garbage input', () => {
    for (const input of [
      null,
      undefined,
      42,
      'x',
      [],
      {},
      { ...checkout(), items: null },
      { ...checkout(), fees: null },
      { ...checkout(), policy: null },
    ]) {
      const result = createOrder(input as never);
      expect(result.ok).toBe(false);
    }
  });
});

/** One refusal per code, produced through the public API in a small scenario. */
function refusals(): [string, ErrorCode, string][] {
  const working = run(placed(), { type: 'order.accept', at: t0, by: SELLER }).order;
  const delivered = run(
    placed({ maxRevisions: 0 }),
    { type: 'order.accept', at: t0, by: SELLER },
    { type: 'order.deliver', at: at(t0, DAY), by: SELLER },
  ).order;
  const refund = run(working, { type: 'refund.propose', at: at(t0, HOUR), by: BUYER, amount: '10.00' }).order;
  const cancelled = run(working, { type: 'order.cancel', at: at(t0, HOUR), by: SELLER }).order;
  const samples: [string, Result][] = [
    [
      'INVALID_INPUT: a total over 15 integer digits',
      createOrder(
        checkout({
          items: [
            { id: 'gig', label: 'Logo', price: '999999999999999' },
            { id: 'x', label: 'Express', price: '1' },
          ],
          payment: { id: 'pay-1', amount: '1' },
        }),
      ),
    ],
    ['FORBIDDEN: wrong role', applyEvent(working, { type: 'order.accept', at: at(t0, HOUR), by: BUYER })],
    [
      'FORBIDDEN: wrong party',
      applyEvent(working, { type: 'order.deliver', at: at(t0, HOUR), by: { role: 'seller', id: 's-2' } }),
    ],
    [
      'NOT_ALLOWED: dispute.withdraw by another',
      applyEvent(run(working, { type: 'dispute.open', at: at(t0, HOUR), by: BUYER }).order, {
        type: 'dispute.withdraw',
        at: at(t0, 2 * HOUR),
        by: SELLER,
      }),
    ],
    [
      'TOO_EARLY: buyer cancels before the deadline',
      applyEvent(working, { type: 'order.cancel', at: at(t0, HOUR), by: BUYER }),
    ],
    [
      'LIMIT_REACHED: maxRevisions 0',
      applyEvent(delivered, { type: 'revision.request', at: at(t0, 2 * DAY), by: BUYER }),
    ],
    [
      'CONFLICT: a second refund proposal',
      applyEvent(refund, { type: 'refund.propose', at: at(t0, 2 * HOUR), by: SELLER, amount: '5.00' }),
    ],
    [
      'AMOUNT_MISMATCH: option paid short',
      applyEvent(working, {
        type: 'option.add',
        at: at(t0, HOUR),
        by: BUYER,
        option: { id: 'opt-1', label: 'Source files', price: '15.00', extraDays: 1 },
        payment: { id: 'pay-2', amount: '15.00' },
      }),
    ],
    ['AMOUNT_MISMATCH: checkout paid short', createOrder(checkout({ payment: { id: 'pay-1', amount: '50.00' } }))],
    [
      'OUT_OF_ORDER: an event before the last change',
      applyEvent(cancelled, { type: 'order.deliver', at: at(t0, 30 * 60_000), by: SELLER }),
    ],
    [
      'ORDER_CLOSED: a cancelled order',
      applyEvent(cancelled, { type: 'order.cancel', at: at(t0, 2 * HOUR), by: PLATFORM }),
    ],
    ['INVALID_ORDER: not an order', applyEvent({} as Order, { type: 'order.deliver', at: t0, by: SELLER })],
  ];
  return samples.map(([name, result]) => {
    if (result.ok) throw new Error(`${name}: expected a refusal`);
    return [name, result.error.code, result.error.message];
  });
}

describe('error messages', () => {
  it('produces every code of SPEC §11 in the scenario', () => {
    expect([...new Set(refusals().map(([, code]) => code))].sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each(refusals())(
    '%s: the message (%s) is a sentence: capital or quote first, a full stop last',
    (_name, _code, message) => {
      expect(message).toMatch(/^[A-Z"“]/);
      expect(message).toMatch(/\.$/);
    },
  );

  it('the thrown messages of the queries are sentences too', () => {
    const messages = [
      thrown(() => nextDeadline({} as Order)),
      thrown(() => getBalances({} as Order)),
      thrown(() => availableActions({} as Order, { viewer: BUYER, at: t0 })),
    ].map((error) => (error as SequestreError).message);
    for (const message of messages) {
      expect(message).toMatch(/^[A-Z"“]/);
      expect(message).toMatch(/\.$/);
    }
  });
});

describe('TOO_EARLY', () => {
  it('names the instant it opens in the message and in details.from', () => {
    const working = run(placed(), { type: 'order.accept', at: t0, by: SELLER }).order;
    const result = applyEvent(working, { type: 'order.cancel', at: at(t0, HOUR), by: BUYER });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('TOO_EARLY');
    expect(result.error.details).toMatchObject({ from: '2026-03-04T10:00:00.000Z' });
    expect(result.error.message).toContain('2026-03-04T10:00:00');
  });
});

describe('ERROR_CODES', () => {
  it('lists exactly the ten codes of SPEC §11', () => {
    expect(ERROR_CODES).toHaveLength(10);
    expect([...ERROR_CODES].sort()).toEqual(
      [
        'INVALID_INPUT',
        'FORBIDDEN',
        'NOT_ALLOWED',
        'TOO_EARLY',
        'LIMIT_REACHED',
        'CONFLICT',
        'AMOUNT_MISMATCH',
        'OUT_OF_ORDER',
        'ORDER_CLOSED',
        'INVALID_ORDER',
      ].sort(),
    );
  });
});
