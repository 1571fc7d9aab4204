import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The store's suite on PGlite, in `npm test`: no server needed. The PostgreSQL proofs have their
 * own config (vitest.postgres.config.ts), run by `npm run test:postgres` against DATABASE_URL.
 *
 * `sequestre` resolves to the core's TypeScript source, not to its build: the store's tests then
 * always run against the core of the same commit, with no build step first. Consumers get the
 * published core through the peer dependency `sequestre: ^0.2.0`; the workspace's devDependency
 * `file:../..` links the root so that npm finds that peer without the registry.
 */
export const sequestreSource = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      sequestre: sequestreSource,
      'sequestre-postgres': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/postgres/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
