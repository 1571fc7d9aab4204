import pg from 'pg';
import type { Order } from 'sequestre';
import { createStore, type Database, fromPgPool, type OrderStore } from 'sequestre-postgres';
import { FakeMailer } from '../src/fake/fakeMailer';
import { FakeProvider } from '../src/fake/fakeProvider';
import { carryOut } from '../src/workers/carryOut';
import { openOrder, sellerOf } from './scenario';

/** The PostgreSQL the proofs run on (`.ci/postgres` prints it). */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url === undefined || url === '')
    throw new Error('DATABASE_URL is not set: run `.ci/postgres`, then `DATABASE_URL=... npm run test:postgres`.');
  return url;
}

/** A URL whose connections work in `schema`. */
export function urlFor(schema: string): string {
  const url = new URL(databaseUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A fresh schema for one proof, with the store's, the provider's and the mailer's tables. */
export async function freshSchema(
  name: string,
): Promise<{ schema: string; pool: pg.Pool; db: Database; drop(): Promise<void> }> {
  const schema = `${name}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Pool({ connectionString: databaseUrl(), max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = new pg.Pool({ connectionString: urlFor(schema), max: 4 });
  const db = fromPgPool(pool);
  await createStore({ db }).migrate();
  await new FakeProvider(db).migrate();
  await new FakeMailer(db).migrate();
  return {
    schema,
    pool,
    db,
    async drop() {
      await pool.end();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/** Opens and accepts `count` orders; returns each order as accepted (the race starts from there). */
export async function openAcceptedOrders(
  store: OrderStore,
  db: Database,
  prefix: string,
  count: number,
): Promise<Map<string, Order>> {
  const provider = new FakeProvider(db);
  const start = new Map<string, Order>();
  for (let n = 0; n < count; n += 1) {
    const orderId = `${prefix}${n}`;
    await openOrder(store, provider, orderId, new Date().toISOString());
    const accepted = await store.apply(orderId, (_o, at) => ({
      type: 'order.accept',
      at,
      by: sellerOf(orderId),
      id: `${orderId}:accept`,
    }));
    if (!accepted.ok) throw new Error(`could not accept ${orderId}`);
    start.set(orderId, accepted.order);
  }
  return start;
}

/** Carries out every pending effect (a few workers at once), until none is left. */
export async function drainOutbox(store: OrderStore, db: Database, workers = 3): Promise<void> {
  const handler = carryOut(new FakeProvider(db), new FakeMailer(db));
  for (let round = 0; round < 1_000; round += 1) {
    const runs = await Promise.all(
      Array.from({ length: workers }, () => store.deliverEffects(handler, { limit: 100 })),
    );
    if (runs.every((run) => run.claimed === 0)) return;
  }
  throw new Error('the outbox did not drain in 1,000 rounds');
}
