import { fieldUndefined, invalidOrder, objectUnknownField } from '../../errors';
import { readObject } from '../readers';

/**
 * Reads one object of a stored order. Invariants: the result is a plain object with no
 * `__proto__`, `constructor` or `prototype` own key, no key outside `keys`, and no key stored
 * with the value `undefined` (JSON cannot carry one, so an optional field is either absent or
 * valid). It returns the caller's object itself: callers copy field by field from it.
 *
 * @param path - The object's path, `''` for the order itself.
 * Refuses `INVALID_ORDER` naming the first wrong key, through `refused`.
 */
export function readRecord(
  value: unknown,
  path: string,
  keys: readonly string[],
  known: ReadonlySet<string> = new Set(keys),
): Record<string, unknown> {
  const record = readObject(value, path === '' ? 'order' : path);
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      invalidOrder(objectUnknownField, { path: childPath(path, key), expected: keys }, path);
    }
    if (record[key] === undefined) {
      invalidOrder(fieldUndefined, { path: childPath(path, key) });
    }
  }
  return record;
}

/** The path of a field: `id` at the top level, `escrow.tip` below it. */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
