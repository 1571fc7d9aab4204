import { PGlite } from '@electric-sql/pglite';
import { createStore, fromPGlite, type OrderStore } from 'sequestre-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../src/createService';
import { checkoutBody } from './support/harness';

/** A store whose `create` fails as a lost connection would: before writing, or after committing. */
function flaky(store: OrderStore, failures: ('before' | 'after')[]): OrderStore {
  return {
    ...store,
    async create(input) {
      const failure = failures.shift();
      if (failure === 'before') throw new Error('connection lost before the commit');
      const result = await store.create(input);
      if (failure === 'after') throw new Error('connection lost after the commit');
      return result;
    },
  };
}

describe('checkout when the database fails', () => {
  let lite: PGlite;
  beforeAll(async () => {
    lite = new PGlite();
    await lite.waitReady;
  });
  afterAll(async () => lite.close());

  async function checkoutWith(failures: ('before' | 'after')[], orderId: string) {
    const db = fromPGlite(lite);
    const service = await createService(db, { store: flaky(createStore({ db }), failures) });
    const response = await service.app.inject({
      method: 'POST',
      url: '/checkout',
      headers: { 'x-actor': 'buyer:b-1', 'idempotency-key': orderId },
      payload: checkoutBody(orderId),
    });
    const book = (await service.context.provider.entries())
      .filter((e) => e.orderId === orderId)
      .map((e) => `${e.kind} ${e.amount}`);
    return { status: response.statusCode, book, order: await service.context.store.get(orderId) };
  }

  it('opens the order when a failed create is sent again, without refunding', async () => {
    const { status, book, order } = await checkoutWith(['before'], 'o-before');
    expect([status, book, order.ok]).toEqual([201, ['charge 57.50'], true]);
  });

  it('answers the duplicate of a create that had committed, and keeps the charge with its order', async () => {
    const { status, book, order } = await checkoutWith(['after'], 'o-after');
    expect([status, book, order.ok]).toEqual([200, ['charge 57.50'], true]);
  });

  it('does not refund blindly when the database keeps failing: the charge waits for reconciliation', async () => {
    const { status, book, order } = await checkoutWith(['before', 'before'], 'o-down');
    expect([status, book, order.ok]).toEqual([500, ['charge 57.50'], false]);
  });
});
