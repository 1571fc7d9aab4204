/**
 * Test-only switches, for the negative controls and the crash-injection tests. This file is not
 * an entry of the package (`exports` names only the root), so a service cannot reach it by
 * accident: only the repository's own tests import it, by path.
 *
 * - `versionCheck: false` writes the order without `AND version = $2`: the lost update the
 *   race tests must catch.
 * - `effectConflicts: 'ignore'` inserts effects with `ON CONFLICT DO NOTHING`: the silent loss
 *   of effects the reconciliation must catch.
 * - `afterDeadlineClaim` runs between claiming due orders and ticking them (a crash point).
 */
import { buildStore, type OrderStore } from './createStore';
import type { StoreOptions } from './options';
import { DEFAULT_SETTINGS } from './writeChange';

export type TestingSwitches = {
  readonly versionCheck?: boolean;
  readonly effectConflicts?: 'fail' | 'ignore';
  readonly afterDeadlineClaim?: (orderIds: readonly string[]) => Promise<void> | void;
};

const UPDATE_ORDER_UNCHECKED = DEFAULT_SETTINGS.updateSql.replace(
  'WHERE id = $1 AND version = $2',
  'WHERE id = $1 AND $2::integer IS NOT NULL',
);

export function createStoreForTesting(options: StoreOptions, switches: TestingSwitches): OrderStore {
  if (!DEFAULT_SETTINGS.updateSql.includes('WHERE id = $1 AND version = $2'))
    throw new Error('the version check moved: update testing.ts');
  return buildStore(options, {
    sql: {
      updateSql: switches.versionCheck === false ? UPDATE_ORDER_UNCHECKED : DEFAULT_SETTINGS.updateSql,
      insertEffectSuffix:
        switches.effectConflicts === 'ignore' ? ' ON CONFLICT DO NOTHING' : DEFAULT_SETTINGS.insertEffectSuffix,
    },
    afterDeadlineClaim: switches.afterDeadlineClaim,
  });
}
