import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type OrderStore } from '../../src';
import type { OpenDatabase, TestDatabase } from '../support/databases';
import { buyerOf, checkout, manualClock, sellerOf } from '../support/orders';
import { interceptable } from '../support/reentrant';

const accept =
  (id = 'e-accept') =>
  (_order: unknown, at: string) => ({ type: 'order.accept' as const, at, by: sellerOf('o-1'), id });

/** apply(): versioned writes, retries, duplicates and refusals, on one kind of database. */
export function applySuite(kind: string, open: OpenDatabase): void {
  describe(`apply (${kind})`, () => {
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
      clock.set('2026-03-01T12:00:00.000Z');
    });

    const version = async () =>
      (await test.db.query<{ version: number }>('SELECT version FROM sequestre_orders WHERE id = $1', ['o-1'])).rows[0]
        ?.version;

    it('commits the order, its schedule and its effects, stamped by the clock', async () => {
      const result = await store.apply('o-1', accept());
      expect(result).toMatchObject({ ok: true, changed: true, attempts: 1 });
      expect(result.ok && result.event.at).toBe('2026-03-01T12:00:00.000Z');
      expect(await version()).toBe(2);
      const { rows } = await test.db.query<{ next_deadline_at: Date; next_deadline_kind: string }>(
        'SELECT next_deadline_at, next_deadline_kind FROM sequestre_orders',
      );
      expect([new Date(rows[0]!.next_deadline_at).toISOString(), rows[0]?.next_deadline_kind]).toEqual([
        '2026-03-04T12:00:00.000Z',
        'delivery',
      ]);
      expect((await store.effectsOf('o-1')).map((e) => e.effect.idempotencyKey)).toEqual(['o-1:1:0', 'o-1:2:0']);
    });

    it('answers a repeated event id as a duplicate and writes nothing', async () => {
      await store.apply('o-1', accept());
      clock.advance(60_000);
      const again = await store.apply('o-1', accept());
      expect(again).toMatchObject({ ok: true, duplicate: true, changed: false, effects: [] });
      expect(await version()).toBe(2);
      expect(await store.effectsOf('o-1')).toHaveLength(2);
    });

    it("returns the library's refusal with the version it was judged on, and writes nothing", async () => {
      const refused = await store.apply('o-1', (_o, at) => ({ type: 'order.complete', at, by: buyerOf('o-1') }));
      expect(refused).toMatchObject({ ok: false, version: 1, attempts: 1 });
      expect(!refused.ok && refused.error.code).toBe('NOT_ALLOWED');
      expect(await version()).toBe(1);
    });

    it('is NO_EVENT when decide returns nothing, and ORDER_NOT_FOUND for an unknown id', async () => {
      const none = await store.apply('o-1', () => undefined);
      expect(!none.ok && none.error.code).toBe('NO_EVENT');
      const missing = await store.apply('o-404', accept());
      expect(!missing.ok && missing.error.code).toBe('ORDER_NOT_FOUND');
      expect(await version()).toBe(1);
    });

    it('is INVALID_ORDER, not an exception, for a stored order that parseOrder refuses', async () => {
      await test.db.query(`UPDATE sequestre_orders SET data = jsonb_set(data, '{currency}', '"XXX"')`);
      const result = await store.apply('o-1', accept());
      expect(!result.ok && result.error.code).toBe('INVALID_ORDER');
    });

    it('retries a lost race on a fresh read with a fresh instant, and commits after the rival', async () => {
      const seam = interceptable(test.db);
      const ours = createStore({ db: seam.db, clock: clock.now });
      const rival = createStore({ db: seam.db, clock: clock.now });
      let rivalDone = false;
      seam.beforeStatement(async (sql) => {
        if (rivalDone || !sql.includes('UPDATE sequestre_orders')) return;
        rivalDone = true;
        clock.advance(1_000);
        const won = await rival.apply('o-1', accept('e-rival'));
        expect(won.ok && won.changed).toBe(true);
        clock.advance(1_000);
      });
      const ourEvent = (_order: unknown, at: string) => ({
        type: 'cancellation.request' as const,
        at,
        by: buyerOf('o-1'),
        id: 'e-ours',
      });
      // The buyer decides on the state each attempt reads: on the pending order it would cancel;
      // once the rival's acceptance is in, it asks for a cancellation instead.
      const result = await ours.apply('o-1', (order, at) =>
        order.status === 'pending'
          ? { type: 'order.cancel', at, by: buyerOf('o-1'), id: 'e-ours' }
          : ourEvent(order, at),
      );
      expect(result).toMatchObject({ ok: true, changed: true, attempts: 2 });
      expect(result.ok && result.event.type).toBe('cancellation.request');
      expect(result.ok && result.event.at).toBe('2026-03-01T12:00:02.000Z');
      expect(result.ok && result.order.history.map((h) => h.type)).toEqual([
        'order.placed',
        'order.accept',
        'cancellation.request',
      ]);
      expect(await version()).toBe(3);
    });

    it('turns the same race into OUT_OF_ORDER when the instant is stamped once, before the retries', async () => {
      const seam = interceptable(test.db);
      const ours = createStore({ db: seam.db, clock: clock.now });
      const rival = createStore({ db: seam.db, clock: clock.now });
      let rivalDone = false;
      seam.beforeStatement(async (sql) => {
        if (rivalDone || !sql.includes('UPDATE sequestre_orders')) return;
        rivalDone = true;
        clock.advance(1_000);
        await rival.apply('o-1', accept('e-rival'));
      });
      const stampedOnce = clock.now().toISOString();
      const result = await ours.apply('o-1', (order) => ({
        type: order.status === 'pending' ? 'order.cancel' : 'cancellation.request',
        at: stampedOnce,
        by: buyerOf('o-1'),
        id: 'e-ours',
      }));
      expect(!result.ok && result.error.code).toBe('OUT_OF_ORDER');
    });

    it('is RETRIES_EXHAUSTED, with nothing written by it, when every attempt loses', async () => {
      const seam = interceptable(test.db);
      const ours = createStore({ db: seam.db, clock: clock.now, maxAttempts: 2 });
      const rival = createStore({ db: seam.db, clock: clock.now });
      const rivals = [
        (_o: unknown, at: string) => ({ type: 'order.accept' as const, at, by: sellerOf('o-1'), id: 'r-1' }),
        (_o: unknown, at: string) => ({ type: 'order.deliver' as const, at, by: sellerOf('o-1'), id: 'r-2' }),
      ];
      let inRival = false;
      seam.beforeStatement(async (sql) => {
        if (inRival || rivals.length === 0 || !sql.includes('UPDATE sequestre_orders')) return;
        inRival = true;
        await rival.apply('o-1', rivals.shift()!);
        inRival = false;
      });
      const result = await ours.apply('o-1', (_o, at) => ({
        type: 'order.cancel',
        at,
        by: { role: 'platform', id: 'ops' },
        id: 'e-ours',
      }));
      expect(result).toMatchObject({
        ok: false,
        attempts: 2,
        error: { code: 'RETRIES_EXHAUSTED', details: { attempts: 2 } },
      });
      expect(await version()).toBe(3);
    });

    it('fails the whole transaction when an effect key is already recorded, instead of dropping the effect', async () => {
      await test.db.query(
        `INSERT INTO sequestre_outbox (order_id, version, effect_index, idempotency_key, type, effect, created_at) VALUES ('o-1', 2, 0, 'o-1:2:0', 'notify', '{}', now())`,
      );
      await expect(store.apply('o-1', accept())).rejects.toThrow(/duplicate key|unique/i);
      expect(await version()).toBe(1);
    });
  });
}
