import { createStore } from 'sequestre-postgres';
import { FakeProvider } from '../src/fake/fakeProvider';
import { drainOutbox, freshSchema, urlFor } from './postgres';
import { reconcile } from './reconcile';
import { openOrder } from './scenario';
import { spawnWorker } from './spawnWorker';

/** What one load run measured and found. */
export type LoadReport = {
  readonly workers: number;
  readonly concurrency: number;
  readonly orders: number;
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** parseOrder + applyEvent (with nextDeadline), as a share of the time of every apply. */
  readonly libraryShare: number;
  readonly parseShare: number;
  readonly applyEventShare: number;
  readonly retries: number;
  readonly violations: string[];
};

const EVENTS_PER_ORDER = 10;

/**
 * Opens `orders` orders, then starts `workers` worker processes at once, each playing the
 * ten-event life of its share of the orders; then drains the outbox and reconciles every order.
 * Checks: every event committed (no refusal, no exhausted retries), every order completed at
 * version 11, and the reconciliation of `reconcile`.
 */
export async function runLoad(options: { workers: number; orders: number; concurrency: number }): Promise<LoadReport> {
  const schema = await freshSchema(`load${options.workers}`);
  try {
    const store = createStore({ db: schema.db });
    const provider = new FakeProvider(schema.db);
    const placedAt = new Date().toISOString();
    for (let n = 0; n < options.orders; n += 1) await openOrder(store, provider, `load-${n}`, placedAt);
    const runs = await Promise.all(
      Array.from({ length: options.workers }, (_, worker) =>
        spawnWorker('loadWorker.ts', {
          DATABASE_URL: urlFor(schema.schema),
          WORKER: String(worker),
          WORKERS: String(options.workers),
          ORDERS: String(options.orders),
          CONCURRENCY: String(options.concurrency),
        }),
      ),
    );
    const reports = runs.map((run) => {
      if (run.code !== 0)
        throw new Error(`a load worker failed (${run.code ?? run.signal}): ${run.stderr.slice(0, 2000)}`);
      return JSON.parse(run.stdout.trim().split('\n').pop() as string) as {
        events: number;
        elapsedMs: number;
        failures: string[];
        totalMs: number[];
        libraryMs: number;
        parseMs: number;
        applyEventMs: number;
        retries: number;
      };
    });
    const latencies = reports.flatMap((r) => r.totalMs).sort((a, b) => a - b);
    const totalMs = latencies.reduce((sum, ms) => sum + ms, 0);
    const seconds = Math.max(...reports.map((r) => r.elapsedMs)) / 1000;
    const events = latencies.length;
    const violations = reports.flatMap((r) => r.failures);
    const { rows } = await schema.db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM sequestre_orders WHERE status = 'completed' AND version = $1`,
      [EVENTS_PER_ORDER + 1],
    );
    if (rows[0]?.n !== String(options.orders))
      violations.push(`${rows[0]?.n} of ${options.orders} orders completed at version ${EVENTS_PER_ORDER + 1}`);
    if (events !== options.orders * EVENTS_PER_ORDER)
      violations.push(`${events} events applied, ${options.orders * EVENTS_PER_ORDER} expected`);
    await drainOutbox(store, schema.db, 3);
    violations.push(...(await reconcile(schema.db, store)).violations);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    return {
      workers: options.workers,
      concurrency: options.concurrency,
      orders: options.orders,
      events,
      seconds,
      eventsPerSecond: events / seconds,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      libraryShare: reports.reduce((s, r) => s + r.libraryMs, 0) / totalMs,
      parseShare: reports.reduce((s, r) => s + r.parseMs, 0) / totalMs,
      applyEventShare: reports.reduce((s, r) => s + r.applyEventMs, 0) / totalMs,
      retries: reports.reduce((s, r) => s + r.retries, 0),
      violations,
    };
  } finally {
    await schema.drop();
  }
}
