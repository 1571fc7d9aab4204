import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, fromPGlite, fromPgPool } from 'sequestre-postgres';

/**
 * The service's database: PostgreSQL when `DATABASE_URL` is set, PGlite in memory otherwise
 * (the embedded default: nothing to install, gone when the process ends).
 */
export async function openDatabase(
  url = process.env.DATABASE_URL,
  poolSize = 10,
): Promise<{ db: Database; label: string; close(): Promise<void> }> {
  if (url !== undefined && url !== '') {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    return { db: fromPgPool(pool), label: `PostgreSQL (${new URL(url).host})`, close: () => pool.end() };
  }
  const lite = new PGlite();
  await lite.waitReady;
  return { db: fromPGlite(lite), label: 'PGlite in memory', close: () => lite.close() };
}
