import type { Database, PGliteLike, PGliteTransactionLike, Queryable, QueryResult, Row } from './types';

/**
 * A PGlite instance as a store database. PGlite is one connection: its `transaction` holds an
 * exclusive lock, so transactions run one at a time and the version check never fails on it.
 * The store still runs the same statements as on PostgreSQL, `FOR UPDATE SKIP LOCKED` included
 * (with one connection there is never a lock to skip).
 */
export function fromPGlite(db: PGliteLike): Database {
  return {
    driver: 'pglite',
    query: (sql, params) => run(db, sql, params),
    transaction: <T>(body: (tx: Queryable) => Promise<T>): Promise<T> =>
      db.transaction((tx) => body({ query: (sql, params) => run(tx, sql, params) })),
  };
}

async function run<T extends Row>(
  target: PGliteTransactionLike,
  sql: string,
  params: readonly unknown[] | undefined,
): Promise<QueryResult<T>> {
  const result = await target.query<T>(sql, params === undefined ? [] : [...params]);
  return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length };
}
