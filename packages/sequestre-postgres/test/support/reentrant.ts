import type { Database, Queryable } from '../../src/database/types';

/**
 * A database whose nested `transaction` calls join the open one, and whose statements can be
 * intercepted: the tests use it to slip a rival writer in between an attempt's read and its
 * write, the same way on PGlite (one connection) and on PostgreSQL.
 */
export function interceptable(db: Database): {
  db: Database;
  beforeStatement(hook: ((sql: string) => Promise<void>) | undefined): void;
} {
  let open: Queryable | undefined;
  let hook: ((sql: string) => Promise<void>) | undefined;
  const wrap = (tx: Queryable): Queryable => ({
    async query(sql, params) {
      if (hook !== undefined) await hook(sql);
      return tx.query(sql, params);
    },
  });
  const wrapped: Database = {
    driver: db.driver,
    query: (sql, params) => wrap(db).query(sql, params),
    transaction(body) {
      if (open !== undefined) return body(open);
      return db.transaction(async (tx) => {
        open = wrap(tx);
        try {
          return await body(open);
        } finally {
          open = undefined;
        }
      });
    },
  };
  return { db: wrapped, beforeStatement: (next) => void (hook = next) };
}
