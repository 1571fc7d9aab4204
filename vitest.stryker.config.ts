import { configDefaults, defineConfig } from 'vitest/config';
import { sourceAliases } from './vitest.config';

// The test run Stryker repeats for every mutant (see stryker.config.mjs and docs/quality.md).
// - test/properties is left out: those fast-check suites pin their own numRuns (hundreds of
//   generated orders each) and read no run-count variable, so under Stryker they would multiply
//   every mutant's run time; the unit, scenario and escrow property tests cover the same code.
// - test/docs/apiReference.test.ts runs TypeDoc on the sources (seconds per run) and checks that
//   docs/api/ is fresh, and test/docs/harness.test.ts tests the docs harness itself: neither can
//   tell a mutant from the original, and Stryker's sandbox holds instrumented sources.
// - With STATIC=ignore (a quick run, see stryker.config.mjs) every mutant is switched on at run
//   time, so isolate: false can load the library once per run instead of once per test file,
//   the cost that otherwise dominates (the suite also passes this way under plain vitest). A
//   full run keeps isolation: a static mutant (the machine's configuration, built when
//   src/order/machine.ts loads) is only switched on when the modules load again.
export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      'test/properties/**',
      'test/docs/apiReference.test.ts',
      'test/docs/harness.test.ts',
    ],
    environment: 'node',
    // As in vitest.config.ts: on a loaded 2-core machine the model-based tests outlast vitest's
    // default 5 s, and the initial run must pass for Stryker to start.
    testTimeout: 60_000,
    isolate: process.env.STATIC !== 'ignore',
  },
});
