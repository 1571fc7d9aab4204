import type { Database } from './database/types';
import {
  CREATE_MIGRATIONS_TABLE,
  LOCK_MIGRATIONS,
  MIGRATION_LOCK_KEY,
  MIGRATIONS,
  RECORD_MIGRATION,
  SELECT_APPLIED_MIGRATIONS,
} from './sql/schema';

/**
 * Creates or upgrades the store's tables. Safe to call from every worker at start-up: one
 * transaction, under an advisory lock, applies the migrations the database lacks and records
 * them; the others wait for it, then find nothing to do.
 *
 * @returns the versions applied by this call (empty when the schema was up to date).
 */
export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(LOCK_MIGRATIONS, [MIGRATION_LOCK_KEY]);
    await tx.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await tx.query<{ version: number }>(SELECT_APPLIED_MIGRATIONS);
    const applied = new Set(rows.map((row) => row.version));
    const done: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query(RECORD_MIGRATION, [migration.version, migration.name]);
      done.push(migration.version);
    }
    return done;
  });
}
