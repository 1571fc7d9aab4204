import pg from 'pg';
import { createStore, fromPgPool, type OrderStore } from 'sequestre-postgres';
import { describe, expect, it } from 'vitest';
import { createStoreForTesting } from '../../../../packages/sequestre-postgres/src/testing';
import { drainOutbox, freshSchema, openAcceptedOrders, urlFor } from '../../proofs/postgres';
import { checkRace, runRace } from '../../proofs/race';
import { reconcile } from '../../proofs/reconcile';

const ORDERS = 30;
const WRITERS = 4;

type Switches = Parameters<typeof createStoreForTesting>[1];

/** Runs the race with WRITERS writers, each on its own pool; returns the two checks' findings. */
async function raceOnce(name: string, switches: Switches | null, seed: number) {
  const schema = await freshSchema(name);
  const pools: pg.Pool[] = [];
  try {
    const setup = createStore({ db: schema.db });
    const start = await openAcceptedOrders(setup, schema.db, `${name}-`, ORDERS);
    const writers: OrderStore[] = Array.from({ length: WRITERS }, () => {
      const pool = new pg.Pool({ connectionString: urlFor(schema.schema), max: 2 });
      pools.push(pool);
      const options = { db: fromPgPool(pool), maxAttempts: 8 };
      return switches === null ? createStore(options) : createStoreForTesting(options, switches);
    });
    const log = await runRace(writers, [...start.keys()], seed);
    const raceViolations = await checkRace(setup, start, log);
    await drainOutbox(setup, schema.db);
    const books = await reconcile(schema.db, setup);
    const retried = log.filter((entry) => entry.attempts > 1).length;
    return { log, raceViolations, books, retried };
  } finally {
    await Promise.all(pools.map((pool) => pool.end()));
    await schema.drop();
  }
}

describe('race: writers on the same orders (PostgreSQL)', () => {
  it('loses no update, applies each event once, and ends every request committed, duplicate or legitimately refused', async () => {
    const { log, raceViolations, books, retried } = await raceOnce('race', null, 12);
    expect(raceViolations).toEqual([]);
    expect(books.violations).toEqual([]);
    const count = (outcome: string) => log.filter((entry) => entry.outcome === outcome).length;
    // Every event is sent by every writer: at least one commit per order, and real contention.
    expect(count('committed')).toBeGreaterThanOrEqual(ORDERS * 3);
    expect(count('duplicate')).toBeGreaterThan(0);
    expect(retried).toBeGreaterThan(0);
    console.log(
      `race: ${log.length} requests by ${WRITERS} writers on ${ORDERS} orders: ${count('committed')} committed, ${count('duplicate')} duplicates, ${count('refused')} refused; ${retried} needed a retry; ${books.effects} effects reconciled`,
    );
  });

  it('negative control: without the version check, the same run fails the checks', async () => {
    const { raceViolations, books } = await raceOnce('nocheck', { versionCheck: false }, 12);
    // The outbox's unique key still fails most lost updates (two writers producing `o:v:0`): those
    // requests end in an exception, which the race check reports.
    expect(raceViolations.length + books.violations.length).toBeGreaterThan(0);
    console.log(
      `negative control (no version check): ${raceViolations.length} race violations, e.g. ${raceViolations[0]}`,
    );
  });

  it('negative control: without the version check and with ON CONFLICT DO NOTHING, updates and money are lost silently', async () => {
    const { raceViolations, books } = await raceOnce('silent', { versionCheck: false, effectConflicts: 'ignore' }, 12);
    expect(raceViolations.some((line) => line.includes('lost update') || line.includes('outbox holds'))).toBe(true);
    expect(books.violations.length).toBeGreaterThan(0);
    console.log(
      `negative control (no version check, DO NOTHING): ${raceViolations.length} race violations, ${books.violations.length} reconciliation violations, e.g. ${raceViolations.find((l) => l.includes('lost update'))}`,
    );
  });
});
