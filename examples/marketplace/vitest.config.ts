import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The service's tests on PGlite, in `npm test`. `sequestre` and `sequestre-postgres` resolve to
 * their TypeScript source, as tsx does for the demo: the service always runs on the same commit's
 * core and store, with no build step. The PostgreSQL proofs have their own config.
 */
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** Exact names, so that `sequestre` does not also catch `sequestre/describe` as a prefix. */
export const aliases = [
  { find: /^sequestre$/, replacement: source('../../src/index.ts') },
  { find: /^sequestre\/describe$/, replacement: source('../../src/entries/describe.ts') },
  { find: /^sequestre-postgres$/, replacement: source('../../packages/sequestre-postgres/src/index.ts') },
];

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
