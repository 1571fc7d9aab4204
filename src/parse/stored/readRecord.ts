import { readObject } from '../readers';
import { invalidOrder } from './invalidOrder';

/**
 * Reads one object of a stored order. Invariants: the result is a plain object with no
 * `__proto__`, `constructor` or `prototype` own key, no key outside `keys`, and no key stored
 * with the value `undefined` (JSON cannot carry one, so an optional field is either absent or
 * valid). It returns the caller's object itself: callers copy field by field from it.
 *
 * @param path - The object's path, `''` for the order itself.
 * @throws SequestreError `INVALID_ORDER` naming the first wrong key.
 */
export function readRecord(value: unknown, path: string, keys: readonly string[], known: ReadonlySet<string> = new Set(keys)): Record<string, unknown> {
  const record = readObject(value, path === '' ? 'order' : path);
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      const at = childPath(path, key);
      invalidOrder(at, 'object.unknownField', `${at} is not a field of ${path === '' ? 'an order' : path}; remove it.`, { expected: keys });
    }
    if (record[key] === undefined) {
      const at = childPath(path, key);
      invalidOrder(at, 'field.undefined', `${at} is stored as undefined; leave an optional field out instead.`);
    }
  }
  return record;
}

/** The path of a field: `id` at the top level, `escrow.tip` below it. */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
