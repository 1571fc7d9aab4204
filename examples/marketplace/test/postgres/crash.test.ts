import { createStore } from 'sequestre-postgres';
import { describe, expect, it } from 'vitest';
import { drainOutbox, freshSchema, openAcceptedOrders, urlFor } from '../../proofs/postgres';
import { reconcile } from '../../proofs/reconcile';
import { buyerOf, openOrder, sellerOf } from '../../proofs/scenario';
import { spawnWorker } from '../../proofs/spawnWorker';
import { FakeProvider } from '../../src/fake/fakeProvider';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash injection: worker processes killed with SIGKILL (PostgreSQL)', () => {
  it('loses no effect and pays none twice when outbox workers die between the provider call and marking done', async () => {
    const schema = await freshSchema('crash_outbox');
    try {
      const store = createStore({ db: schema.db });
      const orders = await openAcceptedOrders(store, schema.db, 'c-', 12);
      for (const [orderId, , n] of [...orders.keys()].map((id, n) => [id, null, n] as const)) {
        if (n % 3 === 0) {
          await store.apply(orderId, (_o, at) => ({
            type: 'order.cancel',
            at,
            by: sellerOf(orderId),
            id: `${orderId}:cancel`,
          }));
          continue;
        }
        await store.apply(orderId, (_o, at) => ({
          type: 'refund.propose',
          at,
          by: buyerOf(orderId),
          id: `${orderId}:refund`,
          amount: '4.00',
        }));
        await store.apply(orderId, (_o, at) => ({
          type: 'refund.accept',
          at,
          by: sellerOf(orderId),
          id: `${orderId}:refund-ok`,
        }));
        await store.apply(orderId, (_o, at) => ({
          type: 'order.deliver',
          at,
          by: sellerOf(orderId),
          id: `${orderId}:deliver`,
        }));
        await store.apply(orderId, (_o, at) => ({
          type: 'order.complete',
          at,
          by: buyerOf(orderId),
          id: `${orderId}:complete`,
        }));
      }
      const env = {
        ROLE: 'outbox',
        DATABASE_URL: urlFor(schema.schema),
        CRASH_AT: 'afterProviderCall',
        LEASE_MS: '300',
      };
      const crashes = [];
      for (const after of ['2', '5', '3']) {
        const run = await spawnWorker('worker.ts', { ...env, CRASH_AFTER: after });
        crashes.push(run.signal);
        await sleep(350); // the dead worker's lease runs out
      }
      expect(crashes).toEqual(['SIGKILL', 'SIGKILL', 'SIGKILL']);
      const survivor = await spawnWorker('worker.ts', { ...env, CRASH_AT: 'never' });
      expect([survivor.code, survivor.stderr]).toEqual([0, '']);
      await drainOutbox(store, schema.db, 1);
      const books = await reconcile(schema.db, store);
      expect(books.violations).toEqual([]);
      // Each killed worker had paid one effect it never marked done: a later worker paid it again
      // under the same key, and the provider absorbed it. One repeated call per crash, no more.
      const entries = (await new FakeProvider(schema.db).entries()).filter((entry) => entry.kind !== 'charge');
      const repeats = entries.reduce((sum, entry) => sum + entry.calls - 1, 0);
      expect(repeats).toBe(3);
      console.log(
        `outbox crashes: 3 workers killed, ${books.effects} effects on ${books.orders} orders reconciled, ${repeats} repeated payments absorbed by key`,
      );
    } finally {
      await schema.drop();
    }
  });

  it('loses no deadline and applies none twice when a deadline worker dies between the claim and the tick', async () => {
    const schema = await freshSchema('crash_deadlines');
    try {
      const store = createStore({ db: schema.db });
      const provider = new FakeProvider(schema.db);
      const placedAt = new Date(Date.now() - 3 * 24 * 3_600_000).toISOString(); // acceptance windows (48 h) are over
      const ids = Array.from({ length: 12 }, (_, n) => `d-${n}`);
      for (const id of ids) await openOrder(store, provider, id, placedAt);
      const env = { ROLE: 'deadlines', DATABASE_URL: urlFor(schema.schema), CRASH_AT: 'afterDeadlineClaim' };
      const killed = await spawnWorker('worker.ts', { ...env, CRASH_AFTER: '1' });
      expect(killed.signal).toBe('SIGKILL');
      const { rows: untouched } = await schema.db.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM sequestre_orders WHERE status = 'pending'`,
      );
      expect(untouched[0]?.n).toBe('12');
      const killedLater = await spawnWorker('worker.ts', { ...env, CRASH_AFTER: '2' });
      expect(killedLater.signal).toBe('SIGKILL');
      const survivors = await Promise.all([
        spawnWorker('worker.ts', { ...env, CRASH_AT: 'never' }),
        spawnWorker('worker.ts', { ...env, CRASH_AT: 'never' }),
      ]);
      expect(survivors.map((run) => run.code)).toEqual([0, 0]);
      for (const id of ids) {
        const read = await store.get(id);
        expect(read.ok && read.order.status).toBe('cancelled');
        expect(read.ok && read.order.history.filter((entry) => entry.type === 'deadline.acceptance')).toHaveLength(1);
        expect((await store.effectsOf(id)).filter((row) => row.effect.type === 'refund')).toHaveLength(1);
      }
      await drainOutbox(store, schema.db, 2);
      expect((await reconcile(schema.db, store)).violations).toEqual([]);
    } finally {
      await schema.drop();
    }
  });
});
