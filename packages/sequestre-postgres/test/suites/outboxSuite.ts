import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type OrderStore } from '../../src';
import type { Database } from '../../src/database/types';
import type { OpenDatabase, TestDatabase } from '../support/databases';
import { checkout, manualClock, sellerOf } from '../support/orders';

/** Applies order.accept, then `offers` custom offers: one notification per version, up to version 2 + offers. */
export async function growOrder(store: OrderStore, orderId: string, offers: number): Promise<void> {
  await store.apply(orderId, (_o, at) => ({
    type: 'order.accept',
    at,
    by: sellerOf(orderId),
    id: `${orderId}-accept`,
  }));
  for (let n = 1; n <= offers; n += 1) {
    const offer = { id: `offer-${n}`, label: `Extra ${n}`, price: '5.00', extraDays: 0 };
    await store.apply(orderId, (_o, at) => ({
      type: 'offer.propose',
      at,
      by: sellerOf(orderId),
      id: `${orderId}-offer-${n}`,
      offer,
    }));
  }
}

/** A database whose statements marking an effect done fail, as a worker killed before it. */
function dyingBeforeMarkDone(db: Database): Database {
  return {
    ...db,
    async query(sql, params) {
      if (sql.includes('SET done_at')) throw new Error('killed before marking the effect done');
      return db.query(sql, params);
    },
  };
}

/** deliverEffects(): the outbox, in order per order, at least once; on one kind of database. */
export function outboxSuite(kind: string, open: OpenDatabase): void {
  describe(`deliverEffects (${kind})`, () => {
    let test: TestDatabase;
    let store: OrderStore;
    const clock = manualClock();
    beforeAll(async () => void (test = await open()));
    afterAll(async () => test.close());
    beforeEach(async () => {
      await test.reset();
      clock.set('2026-03-01T10:00:00.000Z');
      store = createStore({ db: test.db, clock: clock.now });
      await store.migrate();
      await store.create(checkout('o-1'));
      await store.create(checkout('o-2'));
      clock.set('2026-03-01T12:00:00.000Z');
    });

    it('delivers by the numbers past version 9: o-1:10:0 comes after o-1:9:0', async () => {
      await growOrder(store, 'o-1', 10);
      const seen: string[] = [];
      const run = await store.deliverEffects(async (_effect, { idempotencyKey }) => void seen.push(idempotencyKey));
      expect(run).toMatchObject({ delivered: 13, failed: [], lostClaims: 0 });
      const ofOrder = seen.filter((key) => key.startsWith('o-1:'));
      expect(ofOrder).toEqual(Array.from({ length: 12 }, (_, n) => `o-1:${n + 1}:0`));
      expect([...ofOrder].sort()).not.toEqual(ofOrder);
    });

    it('hands the handler the stored effect with its envelope and the attempt number', async () => {
      const handed: unknown[] = [];
      await store.deliverEffects(async (effect, delivery) => void handed.push({ effect, delivery }));
      expect(handed[0]).toMatchObject({
        effect: {
          type: 'notify',
          to: 'seller',
          toId: 's-o-1',
          event: 'order.placed',
          orderId: 'o-1',
          version: 1,
          index: 0,
          idempotencyKey: 'o-1:1:0',
        },
        delivery: { idempotencyKey: 'o-1:1:0', attempt: 1 },
      });
    });

    it("stops an order's run at a failed effect, delivers the other orders, and retries in order later", async () => {
      await growOrder(store, 'o-1', 1);
      const seen: string[] = [];
      const failing = async (_e: unknown, { idempotencyKey }: { idempotencyKey: string }) => {
        if (idempotencyKey === 'o-1:2:0') throw new Error('provider unavailable');
        seen.push(idempotencyKey);
      };
      const first = await store.deliverEffects(failing, { retryDelayMs: 5_000 });
      expect(first.failed).toEqual([{ idempotencyKey: 'o-1:2:0', message: 'provider unavailable' }]);
      expect(seen).toEqual(['o-1:1:0', 'o-2:1:0']);
      expect(await store.deliverEffects(async (_e, d) => void seen.push(d.idempotencyKey))).toMatchObject({
        claimed: 0,
      });
      clock.advance(5_000);
      const retried: [string, number][] = [];
      await store.deliverEffects(async (_e, d) => void retried.push([d.idempotencyKey, d.attempt]));
      expect(retried).toEqual([
        ['o-1:2:0', 2],
        ['o-1:3:0', 2],
      ]);
      expect((await store.effectsOf('o-1')).find((e) => e.effect.idempotencyKey === 'o-1:2:0')?.lastError).toBe(
        'provider unavailable',
      );
    });

    it('re-delivers with the same key after a worker died before marking done, once its lease ran out', async () => {
      const dying = createStore({ db: dyingBeforeMarkDone(test.db), clock: clock.now });
      const paid: string[] = [];
      await expect(
        dying.deliverEffects(async (_e, d) => void paid.push(d.idempotencyKey), { leaseMs: 30_000, limit: 1 }),
      ).rejects.toThrow('killed');
      expect(paid).toHaveLength(1);
      expect(await store.deliverEffects(async (_e, d) => void paid.push(d.idempotencyKey))).toMatchObject({
        claimed: 1,
      });
      expect(paid).toEqual(['o-1:1:0', 'o-2:1:0']);
      clock.advance(30_000);
      await store.deliverEffects(async (_e, d) => void paid.push(d.idempotencyKey));
      expect(paid).toEqual(['o-1:1:0', 'o-2:1:0', 'o-1:1:0']);
      expect((await store.effectsOf('o-1')).map((e) => [e.done, e.attempts])).toEqual([[true, 2]]);
    });

    it('never hands out a later effect of an order while an earlier one is claimed by another worker', async () => {
      let release: () => void = () => undefined;
      const blocked = new Promise<void>((resolve) => (release = resolve));
      const seenByA: string[] = [];
      const workerA = store.deliverEffects(
        async (_e, d) => {
          seenByA.push(d.idempotencyKey);
          if (d.idempotencyKey === 'o-1:1:0') await blocked;
        },
        { limit: 1 },
      );
      while (seenByA.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await growOrder(store, 'o-1', 0);
      const seenByB: string[] = [];
      await store.deliverEffects(async (_e, d) => void seenByB.push(d.idempotencyKey));
      expect(seenByB).toEqual(['o-2:1:0']);
      release();
      await workerA;
      await store.deliverEffects(async (_e, d) => void seenByB.push(d.idempotencyKey));
      expect(seenByB).toEqual(['o-2:1:0', 'o-1:2:0']);
    });
  });
}
