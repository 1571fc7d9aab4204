import { orThrow, parsing } from '../../src/errors';

/**
 * Runs a reader (`parseAmount`, `parseInstant`, …) as a query runs it: a refusal thrown as the
 * `SequestreError` the query would throw. Readers refuse through a short-circuit that only a
 * parser's entry sees; this is that entry.
 */
export function asQuery<T>(read: () => T): T {
  return orThrow(parsing(read));
}
