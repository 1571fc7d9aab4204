import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  availableActions,
  getBalances,
  nextDeadline,
  type Order,
  type OrderEvent,
  parseOrder,
  quoteExtra,
  SequestreError,
} from '../../src';
import { describeOrder } from '../../src/entries/describe';
import { nextEvents, walkOrders } from '../support/walk';

// SPEC §2 and §12, tried as an attacker would: valid orders in every status are corrupted one
// field at a time, with what a database, a client or a careless host could hand over. Commands
// never throw, queries throw only SequestreError, and whatever parseOrder accepts then runs every
// function without an exception and without INVALID_ORDER.

const ORDERS: readonly Order[] = walkOrders(60);
const RUNS = Number(process.env.SEQUESTRE_CORRUPTIONS ?? 2000);

type Path = readonly (string | number)[];

/** Every path to a value inside a JSON document, the document itself included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...prefix, key]))];
}

function valueAt(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc);
}

/** A JSON copy of the order with `change` applied at `path` (the parent is changed in place). */
function corrupt(order: Order, path: Path, change: (value: unknown) => { replace: unknown } | 'remove'): unknown {
  const copy = JSON.parse(JSON.stringify(order)) as Record<string, unknown>;
  const made = change(valueAt(copy, path));
  if (path.length === 0) return made === 'remove' ? undefined : made.replace;
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (made !== 'remove') parent[key] = made.replace;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

/** Values of the wrong type or out of any range, JSON and JavaScript alike. */
const WRONG = [
  42,
  -1,
  0,
  0.5,
  1e300,
  -1e300,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  null,
  undefined,
  '',
  ' ',
  'x',
  'NaN',
  'Infinity',
  '1e309',
  '-5.00',
  '5.',
  '.5',
  '0x10',
  ' 5',
  '5 ',
  '1e3',
  '00.10',
  [],
  [1],
  {},
  { role: 'buyer' },
  10n,
  Symbol('x'),
  () => 1,
  new Date(0),
  Object.create(null),
  'shipped',
  'bank',
  'PT',
  'P8000Y',
  'P100Y1D',
  '+010000-01-01T00:00:00.000Z',
  '2026-02-30T10:00:00.000Z',
  '2026-03-01T10:00:00Z',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  'x'.repeat(3000),
] as const;

/** Tampered versions of an amount-like string: a minor unit either way, a sign, zero, too many digits or decimals. */
function tamperedAmounts(value: string): string[] {
  const [units = '0', cents = ''] = value.split('.');
  const minor = BigInt(units + cents) + 1n;
  const text = minor.toString().padStart(cents.length + 1, '0');
  const up = cents.length === 0 ? text : `${text.slice(0, -cents.length)}.${text.slice(-cents.length)}`;
  return [
    up,
    `-${value}`,
    cents.length === 0 ? '0' : `0.${'0'.repeat(cents.length)}`,
    '999999999999999.99',
    '9999999999999999',
    `${value}1`,
    value.replace('.', ''),
  ];
}

/** Reorderings of a list: reversed, rotated, an entry repeated, an entry dropped. */
function reordered(list: unknown[]): unknown[][] {
  if (list.length < 2) return [[...list, ...list]];
  return [
    [...list].reverse(),
    [...list.slice(1), list[0]],
    [...list, list[0]],
    list.slice(0, -1),
    [list[0], list[0], ...list.slice(1)],
  ];
}

const corrupted = fc
  .tuple(fc.nat(ORDERS.length - 1), fc.nat(), fc.nat(), fc.nat(3))
  .map(([orderIndex, pathIndex, pick, kind]) => {
    const order = ORDERS[orderIndex]!;
    const paths = pathsOf(order);
    const path = paths[pathIndex % paths.length]!;
    const doc = corrupt(order, path, (value) => {
      if (kind === 0) return 'remove';
      if (kind === 1 && typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))
        return { replace: pickOf(tamperedAmounts(value), pick) };
      if (kind === 1 && Array.isArray(value)) return { replace: pickOf(reordered(value), pick) };
      return { replace: pickOf(WRONG, pick) };
    });
    return { order, doc, path: path.join('.') };
  });

function pickOf<T>(list: readonly T[], pick: number): T {
  return list[pick % list.length]!;
}

/** An hour after the order's last change, or the last instant an order can hold (SPEC §3) when that is sooner. */
function anHourAfter(order: Order): string {
  return new Date(
    Math.min(Date.parse(order.history.at(-1)!.at) + 3_600_000, Date.parse('9999-12-31T23:59:59.999Z')),
  ).toISOString();
}

/** Runs a query; anything thrown must be a SequestreError. */
function onlySequestreErrors(query: () => unknown): void {
  try {
    query();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(SequestreError);
  }
}

const VIEWERS = [{ role: 'buyer', id: 'b-1' }, { role: 'seller', id: 's-1' }, { role: 'platform' }] as const;

/** Every query the package has, on one order. */
function queryAll(order: unknown, at: string): void {
  onlySequestreErrors(() => nextDeadline(order as Order));
  onlySequestreErrors(() => getBalances(order as Order));
  onlySequestreErrors(() => quoteExtra(order as Order, '1.00'));
  for (const viewer of VIEWERS) {
    onlySequestreErrors(() => availableActions(order as Order, { viewer, at }));
    onlySequestreErrors(() => describeOrder(order as Order, { viewer, at, locale: 'fr' }));
  }
}

describe('corrupted orders (one field at a time, every status)', () => {
  it(`never make a command throw, and make queries throw only SequestreError (${RUNS} corruptions)`, () => {
    fc.assert(
      fc.property(corrupted, fc.nat(), ({ order, doc }, eventPick) => {
        const at = anHourAfter(order);
        const events: OrderEvent[] = [
          pickOf(nextEvents(order), eventPick),
          { type: 'clock.tick', at: '2027-01-01T00:00:00Z', by: { role: 'system' } },
        ];
        for (const event of events) expect(typeof applyEvent(doc as Order, event).ok).toBe('boolean');
        queryAll(doc, at);
        onlySequestreErrors(() => parseOrder(doc));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`let through parseOrder only orders that then run everywhere, as an untampered order would (${RUNS} corruptions)`, () => {
    fc.assert(
      fc.property(corrupted, ({ order, doc }) => {
        let parsed: Order;
        try {
          parsed = parseOrder(doc);
        } catch (error) {
          expect(error).toBeInstanceOf(SequestreError);
          expect((error as SequestreError).code).toBe('INVALID_ORDER');
          return;
        }
        // What parseOrder accepts is a real order: it survives the round trip, passes every
        // command's check, and every function answers it without an exception.
        expect(parseOrder(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
        const at = anHourAfter(parsed);
        for (const event of [
          ...nextEvents(parsed),
          { type: 'clock.tick', at: '2036-01-01T00:00:00Z', by: { role: 'system' } } as const,
        ]) {
          const result = applyEvent(parsed, event);
          if (!result.ok) expect(result.error.code, result.error.message).not.toBe('INVALID_ORDER');
        }
        expect(() => nextDeadline(parsed)).not.toThrow();
        expect(() => getBalances(parsed)).not.toThrow();
        expect(() => quoteExtra(parsed, '1.00')).not.toThrow();
        // The parties' ids may be what was corrupted: ask as this order's own parties.
        for (const viewer of [
          { role: 'buyer', id: parsed.buyer.id },
          { role: 'seller', id: parsed.seller.id },
          { role: 'platform' },
        ] as const) {
          expect(() => availableActions(parsed, { viewer, at })).not.toThrow();
          expect(() => describeOrder(parsed, { viewer, at, locale: 'en' })).not.toThrow();
        }
        // A corruption parseOrder accepts changed nothing that matters, or changed it consistently.
        expect(parsed.status === order.status || parsed.version === order.version).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
