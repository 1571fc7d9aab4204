// Service path: stored JSON → applyEvent → JSON, per event, over a realistic order life,
// interleaved with the bare XState machine doing the same restore, transition and persist.

import { do_not_optimize } from 'mitata';
import { applyEvent, createOrder } from 'sequestre';
import { applyBare, persistBare } from './bareMachine.mjs';
import { checkout, LIFE } from './orderLife.mjs';
import { CLOCK, duration, interleave, median, quantile } from './report.mjs';

const created = createOrder(checkout());
if (!created.ok) throw new Error(created.error.message);
const storedOrder = JSON.stringify(created.order);
const storedBare = persistBare(created.order);

/** One whole life the way a service runs it: read the row, apply the event, write the row. */
function serviceLife() {
  let stored = storedOrder;
  for (const event of LIFE) {
    const result = applyEvent(JSON.parse(stored), event);
    if (!result.ok) throw new Error(`${event.type}: ${result.error.code}`);
    stored = JSON.stringify(result.order);
  }
  return stored;
}

function bareLife() {
  let stored = storedBare;
  for (const event of LIFE) stored = applyBare(stored, event);
  return stored;
}

/**
 * Runs the comparison and prints it; returns the figures. Two ratios: the median of the
 * per-round ratios (each pair of rounds ran back to back, so drift hits both sides) and the
 * ratio of the best rounds (other work on the machine only adds time).
 */
export async function benchService() {
  // Both sides must really walk the whole life, or the comparison means nothing.
  if (JSON.parse(serviceLife()).status !== 'completed' || JSON.parse(bareLife()).value !== 'completed')
    throw new Error('a life did not complete');
  const results = await interleave(
    { sequestre: () => do_not_optimize(serviceLife()), bare: () => do_not_optimize(bareLife()) },
    { rounds: 15, roundMs: 150 },
  );
  if (process.env.BENCH_DEBUG) console.log(results);
  const perEvent = (ns) => ns / LIFE.length;
  const ratios = results.sequestre.rounds.map((ns, i) => ns / results.bare.rounds[i]);
  const ratio = median(ratios);
  const bestRatio = results.sequestre.best / results.bare.best;
  console.log(
    `\nService path, JSON → event → JSON, per event (${LIFE.length}-event life; ${CLOCK}, ${ratios.length} interleaved rounds)`,
  );
  console.log(`                         median     best round`);
  console.log(
    `  sequestre applyEvent   ${duration(perEvent(results.sequestre.p50)).padEnd(10)} ${duration(perEvent(results.sequestre.best))}`,
  );
  console.log(
    `  bare XState v5 machine ${duration(perEvent(results.bare.p50)).padEnd(10)} ${duration(perEvent(results.bare.best))}`,
  );
  console.log(
    `  ratio                  ${`${ratio.toFixed(2)}×`.padEnd(10)} ${bestRatio.toFixed(2)}×   (goal ≤ 1.5×; paired-round quartiles ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}×)`,
  );
  return { sequestreNs: perEvent(results.sequestre.p50), bareNs: perEvent(results.bare.p50), ratio, bestRatio };
}
