import { defineConfig } from 'tsup';

// ESM and CJS with types, like the core. `sequestre`, `pg` and PGlite are peers: never bundled.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  tsconfig: 'tsconfig.build.json',
  external: ['sequestre', 'pg', '@electric-sql/pglite'],
});
