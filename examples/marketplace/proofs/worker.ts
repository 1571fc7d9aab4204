// A worker process for the crash proofs. It runs one loop until there is no work left, and kills
// itself with SIGKILL at the point CRASH_AT names, the CRASH_AFTER-th time it gets there:
// - `afterProviderCall` (ROLE=outbox): the provider has moved the money, the effect is not
//   marked done yet;
// - `afterDeadlineClaim` (ROLE=deadlines): due orders are claimed (rows locked), not ticked yet.
// SIGKILL, not an exception: no finally block, no ROLLBACK sent, the connection just drops.
import pg from 'pg';
import { type EffectHandler, fromPgPool } from 'sequestre-postgres';
import { createStoreForTesting } from '../../../packages/sequestre-postgres/src/testing';
import { FakeMailer } from '../src/fake/fakeMailer';
import { FakeProvider } from '../src/fake/fakeProvider';
import { carryOut } from '../src/workers/carryOut';

const role = process.env.ROLE;
const crashAt = process.env.CRASH_AT ?? 'never';
const crashAfter = Number(process.env.CRASH_AFTER ?? '0');
const leaseMs = Number(process.env.LEASE_MS ?? '30000');
let reached = 0;

function maybeCrash(point: string): void {
  if (point !== crashAt) return;
  reached += 1;
  if (reached === crashAfter) process.kill(process.pid, 'SIGKILL');
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const db = fromPgPool(pool);
const store = createStoreForTesting({ db }, { afterDeadlineClaim: () => maybeCrash('afterDeadlineClaim') });
const pay = carryOut(new FakeProvider(db), new FakeMailer(db));
const handler: EffectHandler = async (effect, delivery) => {
  await pay(effect, delivery);
  if (effect.type !== 'notify') maybeCrash('afterProviderCall');
};

let work = 0;
for (let round = 0; round < 10_000; round += 1) {
  const claimed =
    role === 'outbox'
      ? (await store.deliverEffects(handler, { limit: 5, leaseMs })).claimed
      : (await store.runDueDeadlines(undefined, 5)).claimed;
  work += claimed;
  if (claimed === 0) break;
}
console.log(JSON.stringify({ role, work }));
await pool.end();
