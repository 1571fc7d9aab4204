import { defineConfig } from 'tsup';

// Two entries: the package root (machine + API) and `sequestre/escrow`, which must never load xstate.
export default defineConfig({
  entry: { index: 'src/index.ts', escrow: 'src/escrow/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
});
