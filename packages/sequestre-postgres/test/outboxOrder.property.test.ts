import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../src';
import { openPGlite, type TestDatabase } from './support/databases';
import { checkout, manualClock, sellerOf } from './support/orders';

/** One step of a random life: a change on an order (a custom offer), or a delivery run. */
type Step = { kind: 'change'; order: number } | { kind: 'deliver'; limit: number; failures: number[] };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), order: fc.integer({ min: 0, max: 2 }) }),
  // `failures`: the handler throws on these calls of the run (counted from 0), as a provider outage would.
  fc.record({
    kind: fc.constant('deliver' as const),
    limit: fc.integer({ min: 1, max: 3 }),
    failures: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
  }),
);

const numbers = (key: string) => key.split(':').slice(-2).map(Number) as [number, number];
const byNumbers = (a: string, b: string) => numbers(a)[0] - numbers(b)[0] || numbers(a)[1] - numbers(b)[1];

// The outbox's law, over random interleavings of changes and delivery runs with failing handlers:
// per order, the first successful delivery of each effect happens in (version, index) order, no
// effect is skipped, and every effect is delivered and marked done in the end.
describe('deliverEffects, property (PGlite)', () => {
  let test: TestDatabase;
  beforeAll(async () => void (test = await openPGlite()));
  afterAll(async () => test.close());

  it('delivers every effect, first successes in numeric order per order, whatever fails and whenever', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        await test.reset();
        const clock = manualClock();
        const store = createStore({ db: test.db, clock: clock.now });
        await store.migrate();
        const orders = ['p-0', 'p-1', 'p-2'];
        for (const id of orders) await store.create(checkout(id));
        for (const id of orders)
          await store.apply(id, (_o, at) => ({ type: 'order.accept', at, by: sellerOf(id), id: `${id}:accept` }));
        const offers = [0, 0, 0];
        const firstSuccess: string[] = [];
        const handler = (failures: readonly number[]) => {
          let call = 0;
          return async (_effect: unknown, { idempotencyKey }: { idempotencyKey: string }) => {
            if (failures.includes(call++)) throw new Error('provider outage');
            if (!firstSuccess.includes(idempotencyKey)) firstSuccess.push(idempotencyKey);
          };
        };
        for (const s of steps) {
          clock.advance(1_000);
          if (s.kind === 'change') {
            const id = orders[s.order] as string;
            const n = (offers[s.order] = (offers[s.order] ?? 0) + 1);
            await store.apply(id, (_o, at) => ({
              type: 'offer.propose',
              at,
              by: sellerOf(id),
              id: `${id}:offer-${n}`,
              offer: { id: `x-${n}`, label: `Extra ${n}`, price: '1.00', extraDays: 0 },
            }));
          } else {
            await store.deliverEffects(handler(s.failures), { limit: s.limit, retryDelayMs: 500 });
          }
        }
        for (let round = 0; round < 100; round += 1) {
          clock.advance(1_000);
          if ((await store.deliverEffects(handler([]))).claimed === 0) break;
        }
        for (const id of orders) {
          const recorded = await store.effectsOf(id);
          const keys = recorded.map((r) => r.effect.idempotencyKey);
          expect(recorded.every((r) => r.done)).toBe(true);
          expect(firstSuccess.filter((key) => key.startsWith(`${id}:`))).toEqual([...keys].sort(byNumbers));
        }
      }),
      { numRuns: 100 },
    );
  });
});
