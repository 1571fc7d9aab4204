import { describe, expect, it } from 'vitest';
import { type Order, parseOrder, SequestreError } from '../../src';
import { at, BUYER, DAY, deepFreeze, PLATFORM, placed, run, SELLER, t0 } from '../support/fixtures';

// Orders in every status, with options, offers, requests, partial refunds and disputes, so that
// every field of the document is present somewhere, with a value.
const pending = placed();
const inProgress = run(
  pending,
  {
    type: 'option.add',
    at: at(t0, 1000),
    by: BUYER,
    option: { id: 'opt-1', label: 'Source files', price: '10.00', extraDays: 1 },
    payment: { id: 'pay-2', amount: '10.50' },
  },
  { type: 'order.accept', at: at(t0, 2000), by: SELLER, id: 'evt-accept' },
  {
    type: 'offer.propose',
    at: at(t0, 3000),
    by: SELLER,
    offer: { id: 'off-1', label: 'More', price: '20.00', extraDays: 1 },
  },
  { type: 'refund.propose', at: at(t0, 4000), by: BUYER, amount: '5.00', reason: 'One colour less.' },
  { type: 'refund.accept', at: at(t0, 5000), by: SELLER },
  { type: 'cancellation.request', at: at(t0, 6000), by: BUYER, reason: 'Too slow.' },
  { type: 'extension.request', at: at(t0, 7000), by: SELLER, days: 2, reason: 'Busy week.' },
  { type: 'refund.propose', at: at(t0, 8000), by: SELLER, amount: '2.00' },
).order;
const late = run(inProgress, { type: 'clock.tick', at: at(t0, 6 * DAY), by: { role: 'system' } }).order;
const delivered = run(late, { type: 'order.deliver', at: at(t0, 6 * DAY), by: SELLER, message: 'Here it is.' }).order;
const revisionRequested = run(delivered, {
  type: 'revision.request',
  at: at(t0, 6 * DAY + 1000),
  by: BUYER,
  message: 'Bigger.',
}).order;
const disputed = run(revisionRequested, {
  type: 'dispute.open',
  at: at(t0, 6 * DAY + 2000),
  by: SELLER,
  reason: 'No answer.',
}).order;
const completed = run(disputed, {
  type: 'dispute.resolve',
  at: at(t0, 7 * DAY),
  by: PLATFORM,
  outcome: 'split',
  refund: '3.00',
}).order;
const cancelled = run(inProgress, { type: 'order.cancel', at: at(t0, 9000), by: PLATFORM }).order;
const expired = run(
  pending,
  { type: 'order.accept', at: at(t0, 1000), by: SELLER },
  { type: 'clock.tick', at: at(t0, 200 * DAY), by: { role: 'system' } },
).order;
const ORDERS: readonly Order[] = [
  pending,
  inProgress,
  late,
  delivered,
  revisionRequested,
  disputed,
  completed,
  cancelled,
  expired,
];

type Path = readonly (string | number)[];
const name = (path: Path) => path.join('.');

/** Every path to a value inside a JSON document, containers included (the root excluded). */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...paths((value as Record<string, unknown>)[key], [...prefix, key])]);
}

function valueAt(document: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document);
}

/** A JSON copy of the order with `change` applied to the container of `path`. */
function corrupt(
  order: Order,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = JSON.parse(JSON.stringify(order));
  change(valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>, path[path.length - 1]!);
  return copy;
}

/** A value of a JSON type that the field can never hold. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 7;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'true';
  if (value === null) return true;
  return Array.isArray(value) ? {} : [];
}

function refusal(document: unknown): string {
  try {
    parseOrder(deepFreeze(document));
  } catch (error) {
    if (!(error instanceof SequestreError)) throw error;
    return error.code;
  }
  return 'accepted';
}

describe('parseOrder refuses corrupted documents with INVALID_ORDER (SPEC §12)', () => {
  it.each(ORDERS.map((order) => [order.status, order] as const))(
    'a value of the wrong type anywhere in a %s order',
    (_, order) => {
      const accepted = paths(order)
        .filter(
          (path) =>
            refusal(corrupt(order, path, (parent, key) => void (parent[key] = wrongType(parent[key])))) !==
            'INVALID_ORDER',
        )
        .map(name);
      expect(accepted).toEqual([]);
    },
  );

  it.each(ORDERS.map((order) => [order.status, order] as const))(
    'an unknown field or a __proto__ key in any object of a %s order',
    (_, order) => {
      const objects = [[], ...paths(order)].filter((path) => {
        const value = valueAt(order, path);
        return typeof value === 'object' && value !== null && !Array.isArray(value);
      });
      expect(objects.length).toBeGreaterThan(10);
      for (const path of objects) {
        const unknown = JSON.parse(JSON.stringify(order));
        (valueAt(unknown, path) as Record<string, unknown>).surprise = 'x';
        expect(refusal(unknown), `an unknown field at ${name(path)}`).toBe('INVALID_ORDER');
        // JSON.parse makes "__proto__" an own key, as a database driver would.
        const text = JSON.stringify(unknown).replace('"surprise":"x"', '"__proto__":{"status":"completed"}');
        expect(refusal(JSON.parse(text)), `a __proto__ key at ${name(path)}`).toBe('INVALID_ORDER');
      }
    },
  );

  it.each(['shipped', 'Pending', 'COMPLETED', '', 'closed'])('an unknown status %j', (status) => {
    for (const order of ORDERS) expect(refusal({ ...order, status })).toBe('INVALID_ORDER');
  });

  // Cut where a change ends: entries of one change share a version (a tick applying several
  // deadlines writes several), and nothing in the document says how many a change wrote.
  it.each(ORDERS.filter((order) => order.history.length > 1).map((order) => [order.status, order] as const))(
    'a truncated history of a %s order',
    (_, order) => {
      const { history } = order;
      for (let kept = 0; kept < history.length; kept += 1) {
        if (kept === 0 || history[kept - 1]!.version !== history[kept]!.version) {
          expect(refusal({ ...order, history: history.slice(0, kept) }), `the first ${kept} entries`).toBe(
            'INVALID_ORDER',
          );
        }
        expect(refusal({ ...order, history: history.slice(kept + 1) }), `all but the first ${kept + 1}`).toBe(
          'INVALID_ORDER',
        );
      }
    },
  );

  it.each(ORDERS.map((order) => [order.status, order] as const))(
    'an amount with too many digits anywhere in a %s order',
    (_, order) => {
      // Rates look like amounts but are kept as given (SPEC §4); they have their own limit of 10 decimals.
      const amounts = paths(order).filter(
        (path) =>
          typeof valueAt(order, path) === 'string' &&
          /^\d+\.\d\d$/.test(valueAt(order, path) as string) &&
          path.at(-1) !== 'rate',
      );
      expect(amounts.length).toBeGreaterThan(3);
      const tooMany = [
        (amount: string) => `${amount}0`,
        (amount: string) => `${amount}1`,
        (amount: string) => `1234567890123456${amount.slice(amount.indexOf('.'))}`,
      ];
      for (const path of amounts) {
        for (const change of tooMany) {
          const document = corrupt(order, path, (parent, key) => void (parent[key] = change(parent[key] as string)));
          expect(refusal(document), `${name(path)} = ${String(valueAt(document, path))}`).toBe('INVALID_ORDER');
        }
      }
    },
  );

  it.each(ORDERS.map((order) => [order.status, order] as const))(
    'a rate with more than 10 decimals in a %s order',
    (_, order) => {
      const rates = paths(order).filter((path) => path.at(-1) === 'rate');
      expect(rates.map(name)).toEqual(['fees.buyerFee.rate', 'fees.commission.rate', 'fees.tipCommission.rate']);
      for (const path of rates) {
        const document = corrupt(order, path, (parent, key) => void (parent[key] = '0.05000000001'));
        expect(refusal(document), name(path)).toBe('INVALID_ORDER');
      }
    },
  );
});
