import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { fromPGlite } from '../../src/database/fromPGlite';
import { fromPgPool } from '../../src/database/fromPgPool';
import type { Database } from '../../src/database/types';

/** A database for one test file: `reset` drops the store's tables, `close` frees everything. */
export type TestDatabase = { readonly db: Database; reset(): Promise<void>; close(): Promise<void> };

/** Opens a test database; the suites run once per kind. */
export type OpenDatabase = () => Promise<TestDatabase>;

const DROP_TABLES =
  'DROP TABLE IF EXISTS sequestre_outbox, sequestre_orders, sequestre_migrations, fake_provider_book CASCADE';

/** PGlite in memory. Starting one takes seconds, so a test file shares one and resets it. */
export const openPGlite: OpenDatabase = async () => {
  const instance = new PGlite();
  await instance.waitReady;
  const db = fromPGlite(instance);
  return { db, reset: async () => void (await db.query(DROP_TABLES)), close: () => instance.close() };
};

/** The URL of the PostgreSQL the proofs run on; they refuse to run without one. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    throw new Error(
      'DATABASE_URL is not set: run `.ci/postgres` to start PostgreSQL and print it, then `DATABASE_URL=... npm run test:postgres`.',
    );
  }
  return url;
}

/** A fresh schema on the real server, its own for this file, dropped by `close`. */
export async function createSchema(): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return {
    schema,
    async drop() {
      const client = new pg.Client({ connectionString: databaseUrl() });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** A pool whose connections work in `schema` (through the search path). */
export function poolFor(schema: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl(), options: `-c search_path=${schema}`, max });
}

/** PostgreSQL, in a schema of its own. */
export const openPostgres: OpenDatabase = async () => {
  const { schema, drop } = await createSchema();
  const pool = poolFor(schema);
  const db = fromPgPool(pool);
  return {
    db,
    reset: async () => void (await db.query(DROP_TABLES)),
    async close() {
      await pool.end();
      await drop();
    },
  };
};
