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
 * Runs the comparison and prints it; returns the figures for the summary. The ratio is the
 * median of the per-round ratios: each pair of rounds ran back to back, so it is the figure
 * least moved by other work on the machine.
 */
export async function benchService() {
  const results = await interleave(
    { sequestre: () => do_not_optimize(serviceLife()), bare: () => do_not_optimize(bareLife()) },
    { rounds: 15, roundMs: 150 },
  );
  if (process.env.BENCH_DEBUG) console.log(results);
  const perEvent = (name) => results[name].p50 / LIFE.length;
  const ratios = results.sequestre.rounds.map((ns, i) => ns / results.bare.rounds[i]);
  const ratio = median(ratios);
  console.log(`\nService path, JSON → event → JSON, per event (${LIFE.length}-event life; ${CLOCK}, median of ${ratios.length} interleaved rounds)`);
  console.log(`  sequestre applyEvent   ${duration(perEvent('sequestre'))}`);
  console.log(`  bare XState v5 machine ${duration(perEvent('bare'))}`);
  console.log(`  ratio                  ${ratio.toFixed(2)}× (goal ≤ 1.5×; quartiles ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}×)`);
  return { sequestreNs: perEvent('sequestre'), bareNs: perEvent('bare'), ratio };
}
