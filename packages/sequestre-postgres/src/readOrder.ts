import { parseOrder, SequestreError, type Order } from 'sequestre';
import type { StoreError } from './results';

/**
 * A stored order back through `parseOrder`: the database is never trusted, so a row that was
 * edited by hand, migrated wrongly or written by a buggy service comes back as `INVALID_ORDER`
 * rather than reaching `applyEvent`. Any other exception is a bug and is rethrown.
 *
 * Kept in one place so that the switch to `safeParseOrder` (sequestre 0.2) touches one file.
 */
export function readOrder(data: unknown): { ok: true; order: Order } | { ok: false; error: StoreError } {
  try {
    return { ok: true, order: parseOrder(data) };
  } catch (error) {
    if (error instanceof SequestreError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
    }
    throw error;
  }
}
