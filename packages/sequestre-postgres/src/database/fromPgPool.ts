import type { Database, PgClientLike, PgPoolLike, Queryable, QueryResult, Row } from './types';

/**
 * A `pg` Pool as a store database. Each transaction takes one client from the pool, runs BEGIN,
 * the body, then COMMIT; a failure runs ROLLBACK. A client whose ROLLBACK also failed (the
 * connection broke) is destroyed rather than returned to the pool, so that no later caller
 * inherits a half-open transaction.
 */
export function fromPgPool(pool: PgPoolLike): Database {
  return {
    driver: 'pg',
    query: (sql, params) => run(pool, sql, params),
    async transaction<T>(body: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const tx: Queryable = { query: (sql, params) => run(client, sql, params) };
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await body(tx);
        await client.query('COMMIT');
        return value;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

async function run<T extends Row>(
  target: PgPoolLike | PgClientLike,
  sql: string,
  params: readonly unknown[] | undefined,
): Promise<QueryResult<T>> {
  const result = await target.query(sql, params === undefined ? [] : [...params]);
  return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
}
