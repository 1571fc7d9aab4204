import { configDefaults, defineConfig } from 'vitest/config';

// The test run Stryker repeats for every mutant (see stryker.config.mjs and docs/quality.md).
// - test/properties is left out: those fast-check suites pin their own numRuns (hundreds of
//   generated orders each) and read no run-count variable, so under Stryker they would multiply
//   every mutant's run time; the unit, scenario and escrow property tests cover the same code.
// - isolate: false loads the library once per run instead of once per test file: Stryker runs
//   the covering tests of one mutant at a time, so the import cost would otherwise dominate.
//   No test here relies on a fresh module (the suite also passes this way under plain vitest).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/properties/**'],
    environment: 'node',
    isolate: false,
  },
});
