// Mutation testing: `npm run test:mutation` (Stryker needs Node >= 22, so the script runs it
// through the npm package node@24; see docs/quality.md).
//
// MUTATE picks what to mutate: comma-separated folders of src/ or files, a leading "!" leaving
// one out (default: money,escrow,order,engine,deadlines), e.g. `MUTATE=order npm run test:mutation`.
// STATIC=ignore skips the static mutants (code run when a module loads, see docs/quality.md): a
// quick run for work in progress. Each choice keeps its own incremental file, report and sandbox
// folder (named after MUTATE, or SCOPE when given), so two scopes can run side by side and a
// rerun only tests what changed.
const targets = (process.env.MUTATE ?? 'money,escrow,order,engine,deadlines')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const ignoreStatic = process.env.STATIC === 'ignore';
const scope =
  process.env.SCOPE ??
  targets
    .map((target) =>
      target
        .replace(/^!/, 'not_')
        .replace(/src\//, '')
        .replace(/[^a-zA-Z0-9]+/g, '_'),
    )
    .join('-') + (ignoreStatic ? '-runtime' : '');

/** A folder of src/ stands for its TypeScript files; a file (with lines: "src/a.ts:5-9") is kept. */
function globOf(target) {
  return /\.ts(:|$)/.test(target) ? target : `src/${target}/**/*.ts`;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // types.ts files hold types only: nothing there runs.
  mutate: [...targets.map(globOf), '!src/**/types.ts'],
  ignoreStatic,
  incremental: true,
  incrementalFile: `reports/mutation/${scope}/incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${scope}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}/mutation.json` },
  tempDirName: `.stryker-tmp/${scope}`,
  // Other scopes' sandboxes and reports are not part of the project to copy.
  ignorePatterns: ['/.stryker-tmp', '/reports', '/dist', '/coverage'],
  cleanTempDir: 'always',
  concurrency: 2,
  // The machine is shared: a slow run must not pass for an infinite loop.
  timeoutMS: 30000,
  thresholds: { high: 90, low: 80, break: null },
};
