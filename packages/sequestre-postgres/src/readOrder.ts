import { type Order, safeParseOrder } from 'sequestre';
import type { StoreError } from './results';

/**
 * A stored order back through `safeParseOrder`: the database is never trusted, so a row that was
 * edited by hand, migrated wrongly or written by a buggy service comes back as `INVALID_ORDER`
 * rather than reaching `applyEvent`. A schema 1 row is migrated on the way in, and written back
 * as schema 2 with the next change.
 */
export function readOrder(data: unknown): { ok: true; order: Order } | { ok: false; error: StoreError } {
  const parsed = safeParseOrder(data);
  if (parsed.ok) return parsed;
  const { code, message, details } = parsed.error;
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}
