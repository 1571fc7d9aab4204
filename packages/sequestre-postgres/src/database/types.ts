/**
 * The one seam between the store and a database: run a parameterised statement, or run a body
 * inside a transaction. Two implementations exist, a `pg` pool and a PGlite instance; everything
 * else in the store speaks only this interface, so both run the same SQL and the same tests.
 *
 * Invariants: every statement is parameterised (no value is ever spliced into SQL text); a body
 * given to `transaction` commits when it returns and rolls back when it throws, and its
 * statements run on one connection.
 */

/** A row as the driver returns it: column name to value. */
export type Row = Record<string, unknown>;

/** What a statement answers: its rows, and how many rows it touched (UPDATE, INSERT, DELETE). */
export type QueryResult<T extends Row> = { readonly rows: T[]; readonly rowCount: number };

/** Something statements can run on: the database itself or an open transaction. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
}

/** A database the store can use. */
export interface Database extends Queryable {
  /** Which driver is behind it, for messages and for the tests that run the suite on both. */
  readonly driver: 'pg' | 'pglite';
  /** Runs `body` in one transaction: COMMIT when it returns, ROLLBACK when it throws. */
  transaction<T>(body: (tx: Queryable) => Promise<T>): Promise<T>;
}

/** The part of a `pg` client the store uses (structural, so that `pg` stays an optional peer). */
export interface PgClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }>;
  release(destroy?: boolean | Error): void;
}

/** The part of a `pg` Pool the store uses. */
export interface PgPoolLike {
  connect(): Promise<PgClientLike>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }>;
  readonly totalCount: number;
}

/** The part of a PGlite transaction the store uses. */
export interface PGliteTransactionLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number; rowCount?: number }>;
}

/** The part of a PGlite instance the store uses. */
export interface PGliteLike extends PGliteTransactionLike {
  transaction<T>(body: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
  exec(sql: string): Promise<unknown>;
}
