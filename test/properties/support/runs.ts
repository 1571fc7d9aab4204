/**
 * How many random sequences the property tests run: 1,000 by default (CI), more with
 * `SEQUESTRE_SEQUENCES=100000 npx vitest run test/properties` (see README, Testing).
 */
export const SEQUENCE_RUNS = Number(process.env.SEQUESTRE_SEQUENCES ?? 1000);

/** A test timeout that grows with the runs: a long run is slow on purpose, not stuck. */
export const timeoutFor = (runs: number): number => Math.max(60_000, runs * 100);
