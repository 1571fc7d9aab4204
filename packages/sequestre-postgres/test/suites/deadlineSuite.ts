import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type OrderStore } from '../../src';
import { createStoreForTesting } from '../../src/testing';
import type { OpenDatabase, TestDatabase } from '../support/databases';
import { checkout, manualClock } from '../support/orders';

/** runDueDeadlines(): the orders table as the schedule, on one kind of database. */
export function deadlineSuite(kind: string, open: OpenDatabase): void {
  describe(`runDueDeadlines (${kind})`, () => {
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
      // Acceptance windows close 48 h after placedAt: o-a first, then o-b, then o-c.
      await store.create(checkout('o-a', '2026-03-01T10:00:00.000Z'));
      await store.create(checkout('o-b', '2026-03-01T11:00:00.000Z'));
      await store.create(checkout('o-c', '2026-03-02T10:00:00.000Z'));
    });

    const statuses = async () =>
      (
        await test.db.query<{ id: string; status: string; version: number }>(
          'SELECT id, status, version FROM sequestre_orders ORDER BY id',
        )
      ).rows.map((r) => `${r.id} ${r.status} v${r.version}`);

    it('ticks the due orders only, each deadline at its own instant, and finds nothing left after', async () => {
      const run = await store.runDueDeadlines(new Date('2026-03-03T11:30:00.000Z'));
      expect(run).toEqual({ claimed: 2, changed: 2, unchanged: 0, failures: [] });
      expect(await statuses()).toEqual(['o-a cancelled v2', 'o-b cancelled v2', 'o-c pending v1']);
      const refund = (await store.effectsOf('o-b')).find((e) => e.effect.type === 'refund');
      expect(refund?.effect).toMatchObject({
        amount: '57.50',
        at: '2026-03-03T11:00:00.000Z',
        reason: 'deadline.acceptance',
      });
      expect(await store.runDueDeadlines(new Date('2026-03-03T11:30:00.000Z'))).toMatchObject({ claimed: 0 });
    });

    it('claims at most `limit` orders per run, earliest deadline first', async () => {
      const at = new Date('2026-03-05T00:00:00.000Z');
      expect(await store.runDueDeadlines(at, 2)).toMatchObject({ claimed: 2, changed: 2 });
      expect(await statuses()).toEqual(['o-a cancelled v2', 'o-b cancelled v2', 'o-c pending v1']);
      expect(await store.runDueDeadlines(at, 2)).toMatchObject({ claimed: 1, changed: 1 });
    });

    it('keeps the deadline when the worker fails between the claim and the tick, and the next run ticks it once', async () => {
      const crashing = createStoreForTesting(
        { db: test.db, clock: clock.now },
        {
          afterDeadlineClaim: () => {
            throw new Error('worker died after the claim');
          },
        },
      );
      const at = new Date('2026-03-03T11:30:00.000Z');
      await expect(crashing.runDueDeadlines(at)).rejects.toThrow('worker died');
      expect(await statuses()).toEqual(['o-a pending v1', 'o-b pending v1', 'o-c pending v1']);
      expect(await store.runDueDeadlines(at)).toMatchObject({ claimed: 2, changed: 2 });
      expect((await store.effectsOf('o-a')).filter((e) => e.effect.type === 'refund')).toHaveLength(1);
    });

    it('reports an order parseOrder refuses, and still ticks the others', async () => {
      await test.db.query(`UPDATE sequestre_orders SET data = jsonb_set(data, '{currency}', '"XXX"') WHERE id = 'o-a'`);
      const run = await store.runDueDeadlines(new Date('2026-03-03T11:30:00.000Z'));
      expect(run).toMatchObject({ claimed: 2, changed: 1 });
      expect(run.failures.map((f) => [f.orderId, f.error.code])).toEqual([['o-a', 'INVALID_ORDER']]);
    });
  });
}
