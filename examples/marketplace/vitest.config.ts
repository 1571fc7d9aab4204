import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The service's tests on PGlite, in `npm test`. `sequestre` and `sequestre-postgres` resolve to
 * their TypeScript source, as tsx does for the demo: the service always runs on the same commit's
 * core and store, with no build step. The PostgreSQL proofs have their own config.
 */
export const aliases = {
  sequestre: fileURLToPath(new URL('../../src/index.ts', import.meta.url)),
  'sequestre-postgres': fileURLToPath(new URL('../../packages/sequestre-postgres/src/index.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/postgres/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
