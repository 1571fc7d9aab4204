import { describe, expect, it } from 'vitest';
import { runLoad } from '../../proofs/load';

// The load proof at CI size: 4 worker processes, 200 orders, 2,000 events, then every check.
// Only correctness is asserted; the speed is recorded by `npm run load` in docs/performance.md.
describe('load: 4 worker processes (PostgreSQL)', () => {
  it('applies every event once and reconciles every order', async () => {
    const report = await runLoad({ workers: 4, orders: 200, concurrency: 4 });
    expect(report.violations).toEqual([]);
    expect(report.events).toBe(2_000);
    console.log(
      `load (CI size): ${report.events} events by 4 workers in ${report.seconds.toFixed(1)} s, ${report.eventsPerSecond.toFixed(0)} events/s, p50 ${report.p50Ms.toFixed(1)} ms, p99 ${report.p99Ms.toFixed(1)} ms`,
    );
  });
});
