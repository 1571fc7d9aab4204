import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SequestreError, applyEvent, availableActions, getBalances, nextDeadline, parseOrder, type Order } from '../../src';
import { BUYER, DAY, SELLER, at, placed, run, t0 } from '../support/fixtures';

// Orders in several statuses, with requests, offers and a dispute, to corrupt.
const pending = placed();
const inProgress = run(pending, { type: 'order.accept', at: at(t0, 1000), by: SELLER }).order;
const withRequests = run(
  inProgress,
  { type: 'cancellation.request', at: at(t0, 2000), by: BUYER },
  { type: 'offer.propose', at: at(t0, 3000), by: SELLER, offer: { id: 'off-1', label: 'More', price: '10.00', extraDays: 1 } },
  { type: 'refund.propose', at: at(t0, 4000), by: SELLER, amount: '5.00' },
).order;
const disputed = run(withRequests, { type: 'dispute.open', at: at(t0, 5000), by: BUYER }).order;
const delivered = run(inProgress, { type: 'order.deliver', at: at(t0, DAY), by: SELLER }).order;
const ORDERS: readonly Order[] = [pending, inProgress, withRequests, disputed, delivered];

/** Every path to a value inside a JSON document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key]))];
}

/** A copy of the document with the value at `path` replaced. */
function corrupt(order: Order, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = JSON.parse(JSON.stringify(order));
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = replacement;
  return copy;
}

const corrupted = fc
  .tuple(fc.constantFrom(...ORDERS), fc.nat(), fc.jsonValue({ maxDepth: 2 }))
  .map(([order, index, replacement]) => {
    const all = paths(order);
    return corrupt(order, all[index % all.length]!, replacement);
  });

const EVENTS = [
  { type: 'clock.tick', at: at(t0, 90 * DAY), by: { role: 'system' } },
  { type: 'order.deliver', at: at(t0, 2 * DAY), by: SELLER },
  { type: 'cancellation.accept', at: at(t0, 2 * DAY), by: SELLER },
  { type: 'refund.accept', at: at(t0, 2 * DAY), by: BUYER },
  { type: 'order.cancel', at: at(t0, 2 * DAY), by: { role: 'platform' } },
  { type: 'dispute.resolve', at: at(t0, 2 * DAY), by: { role: 'platform' }, outcome: 'restart', deliveryDays: 2 },
] as const;

function throwsOnlySequestreErrors(query: () => unknown): void {
  try {
    query();
  } catch (error) {
    expect(error).toBeInstanceOf(SequestreError);
  }
}

describe('corrupted orders', () => {
  it('never make a command throw, and make queries throw only SequestreError', () => {
    fc.assert(
      fc.property(corrupted, fc.constantFrom(...EVENTS), (order, event) => {
        const result = applyEvent(order as Order, event as never);
        expect(typeof result.ok).toBe('boolean');
        throwsOnlySequestreErrors(() => nextDeadline(order as Order));
        throwsOnlySequestreErrors(() => getBalances(order as Order));
        throwsOnlySequestreErrors(() => availableActions(order as Order, { viewer: BUYER, at: at(t0, 2 * DAY) }));
        throwsOnlySequestreErrors(() => parseOrder(order));
      }),
      { numRuns: 1000 },
    );
  });

  it('are refused by parseOrder whenever applyEvent would have had to guess', () => {
    fc.assert(
      fc.property(corrupted, (order) => {
        let parsed: Order | undefined;
        try {
          parsed = parseOrder(order);
        } catch (error) {
          expect((error as SequestreError).code).toBe('INVALID_ORDER');
          return;
        }
        // What parseOrder accepts is a real order: it survives the round trip unchanged.
        expect(parseOrder(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });
});
