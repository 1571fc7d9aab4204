// `npm run load -w examples/marketplace` (DATABASE_URL required): the load benchmark recorded in
// docs/performance.md. 1,000 orders and 10,000 events, once with 1 worker process and once with
// 4, each worker with CONCURRENCY orders in flight (default 8); then the checks.
// Usage: tsx proofs/runLoad.ts [orders] [concurrency] [worker counts, comma-separated]
import { runLoad } from './load';

const orders = Number(process.argv[2] ?? '1000');
const concurrency = Number(process.argv[3] ?? '8');
const counts = (process.argv[4] ?? '1,4').split(',').map(Number);
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
console.log(
  '| workers | in flight | events | seconds | events/s | p50 | p99 | library share (parseOrder + applyEvent) | retries | checks |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const workers of counts) {
  const r = await runLoad({ workers, orders, concurrency });
  console.log(
    `| ${r.workers} | ${r.workers * r.concurrency} | ${r.events} | ${r.seconds.toFixed(1)} | ${r.eventsPerSecond.toFixed(0)} | ${r.p50Ms.toFixed(1)} ms | ${r.p99Ms.toFixed(1)} ms | ${percent(r.libraryShare)} (${percent(r.parseShare)} + ${percent(r.applyEventShare)}) | ${r.retries} | ${r.violations.length === 0 ? 'pass' : `FAIL: ${r.violations.slice(0, 3).join('; ')}`} |`,
  );
  if (r.violations.length > 0) process.exitCode = 1;
}
