import { defineConfig } from 'tsup';

export default defineConfig([
  // The library entries: the package root (machine + API), `sequestre/escrow`, which must never
  // load xstate, and `sequestre/describe` with one entry per locale. Platform neutral, ESM and
  // CJS. The clean keeps the CLI, built alongside.
  {
    entry: {
      index: 'src/index.ts',
      escrow: 'src/entries/escrow.ts',
      describe: 'src/entries/describe.ts',
      'describe/fr': 'src/entries/describe/fr.ts',
      'describe/en': 'src/entries/describe/en.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: ['!cli.js', '!cli.js.map'],
    treeshake: true,
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
  },
  // The `sequestre` command: Node only, ESM, executable. It bundles the library's source and
  // leaves xstate and decimal.js to the installed packages, as the library entries do.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
