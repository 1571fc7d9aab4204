import { fromPGlite } from './fromPGlite';
import { fromPgPool } from './fromPgPool';
import type { Database, PGliteLike, PgPoolLike } from './types';

/** What `createStore` accepts: a `pg` Pool, a PGlite instance, or an adapter already made. */
export type DatabaseInput = PgPoolLike | PGliteLike | Database;

/**
 * Recognises the driver by shape, so that neither `pg` nor PGlite has to be installed for the
 * other one to work. A `pg` Pool has `connect` and `totalCount`; a PGlite instance has
 * `transaction` and `exec`; an adapter names its `driver`. A `pg` Client is refused: one
 * connection cannot carry concurrent transactions, and the store would interleave them.
 */
export function toDatabase(input: DatabaseInput): Database {
  const candidate = input as unknown as Partial<Record<string, unknown>>;
  if (candidate.driver === 'pg' || candidate.driver === 'pglite') return input as Database;
  if (typeof candidate.connect === 'function' && typeof candidate.totalCount === 'number')
    return fromPgPool(input as PgPoolLike);
  if (typeof candidate.transaction === 'function' && typeof candidate.exec === 'function')
    return fromPGlite(input as PGliteLike);
  throw new TypeError(
    'sequestre-postgres: `db` must be a pg Pool (new pg.Pool(...)) or a PGlite instance (new PGlite()); a single pg Client cannot run concurrent transactions.',
  );
}
