// Size budgets, `npm run size`: the library's own code, minified and gzipped, with its
// dependencies (xstate, decimal.js) left out. Bundled as ESM, as a bundler would, so that the
// figure is our code and not esbuild's CommonJS interop shim for the externals.
//
// Measured by what each kind of user imports (`sideEffects: false`):
// - the SPEC §2 surface, everything a backend service imports;
// - the whole root (the same, with the types and vocabulary a host may read);
// - `sequestre/escrow`;
// - a frontend in one language: `availableActions` and `sequestre/describe/fr` as before issue 13,
//   and `describeOrder` with `describeActions`, which a frontend imports since;
// - `sequestre/describe` with both languages.
//
// The limits are a ratchet, not the goal: each is the size measured last, rounded up to the next
// 0.5 kB. Lower a limit whenever the code shrinks; never raise one without saying why in the commit.
// Issue 11 asked for 18 kB (service), 4.5 kB (escrow) and 20 kB (one-language frontend), set
// against 0.1.0's code; the 0.2 contract since added the ledger replay and schema 1 migration,
// fingerprints and the ranged light check. Issue 14 (SPEC §9: presets.fiverr and presets.upwork,
// five policy behaviours and their nine refusal rules) added 1.2 to 1.4 kB to every figure
// but the escrow's. docs/performance.md gives the figures, what each part weighs, and what it
// would take to reach those goals.
const esm = (config) => ({ ...config, format: 'esm' });
const budget = (name, path, limit, imports) => ({
  name,
  path,
  ...(imports ? { import: imports } : {}),
  ignore: ['xstate', 'decimal.js'],
  gzip: true,
  modifyEsbuildConfig: esm,
  limit,
});

const SERVICE_API =
  '{ createOrder, applyEvent, nextDeadline, parseOrder, safeParseOrder, availableActions, quoteOrder, quoteExtra, getBalances, toMinorUnits, createOrderMachine, orderMachine, presets, SequestreError }';

/** What a frontend in one language imported before describeActions: the engine's lines, labelled and explained. */
const ONE_LOCALE_UI = {
  'dist/index.js': '{ availableActions }',
  'dist/describe/fr.js': '{ describeOrder, actionLabel, explainAction, formatAmount }',
};

/** What a frontend in one language imports since issue 13: the description and the actions as a person chooses them. */
const ONE_LOCALE_CHOICES = { 'dist/describe/fr.js': '{ describeOrder, describeActions, formatAmount }' };

export default [
  budget('sequestre, the SPEC §2 API a service imports', 'dist/index.js', '31.5 kB', { 'dist/index.js': SERVICE_API }),
  budget('sequestre, the whole root', 'dist/index.js', '32 kB'),
  budget('sequestre/escrow', 'dist/escrow.js', '6.5 kB'),
  budget(
    'availableActions + sequestre/describe/fr, a frontend in one language',
    'dist/index.js',
    '31.5 kB',
    ONE_LOCALE_UI,
  ),
  budget(
    'describeOrder + describeActions of sequestre/describe/fr, a frontend in one language',
    'dist/describe/fr.js',
    '33 kB',
    ONE_LOCALE_CHOICES,
  ),
  budget('sequestre/describe, both languages', 'dist/describe.js', '38.5 kB'),
];
