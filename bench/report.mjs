// Small helpers shared by the benchmarks: the machine they ran on, interleaved measuring, units.

import { readFileSync } from 'node:fs';
import { measure } from 'mitata';

/** CPU model and cores as /proc/cpuinfo reports them, and the Node version. */
export function machine() {
  let model = 'unknown CPU';
  let cores = 0;
  try {
    const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
    model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? model;
    cores = cpuinfo.match(/^processor\s*:/gm)?.length ?? 0;
  } catch {
    // Not Linux: the figures still print, without the CPU line.
  }
  return `${model}, ${cores} cores, Node ${process.version}`;
}

/** The q-quantile of some numbers, interpolated between the two nearest. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export const median = (values) => quantile(values, 0.5);

/**
 * The clock the samples are read with. By default the process's CPU time (user + system, µs
 * resolution on Linux): on a machine shared with other work, wall time also counts the time
 * the process waited for a core, while CPU time counts only the work done. On an idle machine
 * the two agree. `BENCH_CLOCK=wall` switches to wall time.
 */
export const CLOCK = process.env.BENCH_CLOCK === 'wall' ? 'wall time' : 'CPU time';
const now =
  CLOCK === 'wall time'
    ? undefined
    : () => {
        const usage = process.cpuUsage();
        return (usage.user + usage.system) * 1e3;
      };

/**
 * Measures several cases in alternating rounds (A, B, A, B, …) in one process, so that drift in
 * the machine's speed (other processes, frequency, GC) hits every case alike. Returns, per case,
 * in nanoseconds per call, the median over rounds of mitata's per-round median (p50), and the
 * best round: other work on the machine only ever adds time, so the best round is the closest
 * to what the code itself costs.
 */
export async function interleave(cases, { rounds = 8, roundMs = 300 } = {}) {
  const perRound = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  // One round first that is not counted, so that every case is compiled before any is measured.
  for (const fn of Object.values(cases)) await measure(fn, { min_cpu_time: roundMs * 1e6, ...(now && { now }) });
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, fn] of Object.entries(cases)) {
      const stats = await measure(fn, { min_cpu_time: roundMs * 1e6, ...(now && { now }) });
      perRound[name].push(stats.p50);
    }
  }
  return Object.fromEntries(
    Object.entries(perRound).map(([name, values]) => [
      name,
      { p50: median(values), best: Math.min(...values), rounds: values },
    ]),
  );
}

/** Nanoseconds in a readable unit. */
export function duration(ns) {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${ns.toFixed(0)} ns`;
}
