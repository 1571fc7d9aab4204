import { nextDeadline } from 'sequestre';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type OrderStore } from '../../src';
import type { OpenDatabase, TestDatabase } from '../support/databases';
import { checkout, manualClock } from '../support/orders';

/** migrate() and create(), on one kind of database. */
export function createSuite(kind: string, open: OpenDatabase): void {
  describe(`migrate and create (${kind})`, () => {
    let test: TestDatabase;
    let store: OrderStore;
    const clock = manualClock();
    beforeAll(async () => void (test = await open()));
    afterAll(async () => test.close());
    beforeEach(async () => {
      await test.reset();
      store = createStore({ db: test.db, clock: clock.now });
    });

    it('applies its migration once, even when workers start together', async () => {
      const runs = await Promise.all([store.migrate(), store.migrate(), store.migrate()]);
      expect(runs.flat()).toEqual([1]);
      expect(await store.migrate()).toEqual([]);
    });

    it('stores a new order with its schedule and its effect, in one transaction', async () => {
      await store.migrate();
      const result = await store.create(checkout('o-1'));
      expect(result.ok && result.order.version).toBe(1);
      const { rows } = await test.db.query<{
        version: number;
        status: string;
        next_deadline_at: Date;
        next_deadline_kind: string;
      }>('SELECT version, status, next_deadline_at, next_deadline_kind FROM sequestre_orders WHERE id = $1', ['o-1']);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.status).toBe('pending');
      expect(new Date(rows[0]!.next_deadline_at).toISOString()).toBe('2026-03-03T10:00:00.000Z');
      expect(rows[0]?.next_deadline_kind).toBe('acceptance');
      expect(result.ok && nextDeadline(result.order)?.at).toBe('2026-03-03T10:00:00.000Z');
      const effects = await store.effectsOf('o-1');
      expect(effects.map((e) => [e.effect.idempotencyKey, e.effect.type, e.done])).toEqual([
        ['o-1:1:0', 'notify', false],
      ]);
    });

    it('answers the same checkout sent twice as a duplicate and writes nothing more', async () => {
      await store.migrate();
      await store.create(checkout('o-1'));
      const again = await store.create(checkout('o-1'));
      expect(again).toMatchObject({ ok: true, duplicate: true, effects: [] });
      expect(await store.effectsOf('o-1')).toHaveLength(1);
    });

    it('is ORDER_EXISTS for an id another payment already opened, and writes nothing', async () => {
      await store.migrate();
      await store.create(checkout('o-1'));
      const other = await store.create(checkout('o-1', undefined, 'pay-other'));
      expect(other.ok).toBe(false);
      expect(!other.ok && other.error.code).toBe('ORDER_EXISTS');
      expect(!other.ok && other.error.details).toEqual({ orderId: 'o-1', paymentId: 'pay-other' });
      expect(await store.effectsOf('o-1')).toHaveLength(1);
    });

    it("returns the library's refusal and writes nothing when the checkout is refused", async () => {
      await store.migrate();
      const input = checkout('o-1');
      const refused = await store.create({ ...input, payment: { id: 'pay-o-1', amount: '57.49' } });
      expect(!refused.ok && refused.error.code).toBe('AMOUNT_MISMATCH');
      const { rows } = await test.db.query('SELECT id FROM sequestre_orders');
      expect(rows).toEqual([]);
    });

    it('reads an order back through parseOrder, and refuses a tampered row as INVALID_ORDER', async () => {
      await store.migrate();
      await store.create(checkout('o-1'));
      const read = await store.get('o-1');
      expect(read.ok && read.order.id).toBe('o-1');
      await test.db.query(
        `UPDATE sequestre_orders SET data = jsonb_set(data, '{status}', '"completed"') WHERE id = $1`,
        ['o-1'],
      );
      const tampered = await store.get('o-1');
      expect(!tampered.ok && tampered.error.code).toBe('INVALID_ORDER');
      const missing = await store.get('nope');
      expect(!missing.ok && missing.error.code).toBe('ORDER_NOT_FOUND');
    });
  });
}
