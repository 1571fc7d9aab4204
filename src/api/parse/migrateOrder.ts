import { assert } from '../../errors';
import { readObject } from '../../input';
import { invalidOrder } from './invalidOrder';

/**
 * Migrations of stored orders (SPEC §12). Invariants: a migration takes a document of one older
 * schema version and returns a new document of a later version, never mutating its argument; the
 * chain from any listed version ends at `SCHEMA_VERSION`; the result is then validated in full,
 * so a migration need not check what `parseOrder` checks anyway.
 */

/** The schema version this library writes. */
export const SCHEMA_VERSION = 1;

/** A step from one older stored shape to the next. */
export type Migration = (order: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Older schema version → the function that lifts it. Empty while 1 is the only version; adding
 * version 2 means adding `[1, fromVersion1]` here and raising `SCHEMA_VERSION`. A `Map` rather
 * than an object so that a stored `schemaVersion` can never reach `Object.prototype`.
 */
export const ORDER_MIGRATIONS: ReadonlyMap<number, Migration> = new Map<number, Migration>();

/**
 * Brings a stored document to `SCHEMA_VERSION`, or refuses a version it cannot read.
 *
 * @returns The document itself when it is current, else the migrated copy. Not yet validated.
 * @throws SequestreError `INVALID_ORDER` (rule `order.schemaVersion`) for an unknown version.
 */
export function migrateOrder(value: unknown): Record<string, unknown> {
  let order = readObject(value, 'order');
  // Each step raises the version, so a chain is never longer than the number of migrations.
  for (let step = 0; step <= ORDER_MIGRATIONS.size; step += 1) {
    const version = order.schemaVersion;
    if (version === SCHEMA_VERSION) return order;
    const migrate = typeof version === 'number' ? ORDER_MIGRATIONS.get(version) : undefined;
    if (migrate === undefined) refuseVersion(version);
    order = readObject(migrate(order), 'order');
  }
  assert(false, 'the order migrations do not reach the current schema version');
}

function refuseVersion(version: unknown): never {
  const supported = [...ORDER_MIGRATIONS.keys(), SCHEMA_VERSION].sort((a, b) => a - b);
  const shown = version === undefined ? 'none' : clip(JSON.stringify(version) ?? String(version));
  return invalidOrder('schemaVersion', 'order.schemaVersion', `schemaVersion ${shown} is not supported: this version of sequestre reads orders of schemaVersion ${supported.join(', ')} (the number, not a string).`, {
    expected: supported,
  });
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
