import { defineConfig } from 'vitest/config';
import { aliases } from './vitest.config';

/**
 * The proofs on a real PostgreSQL (`npm run test:postgres`, run by .ci/run): races between
 * writers with their negative controls, worker processes killed at injected points, and the
 * reconciliation of every order. DATABASE_URL names the database; each proof works in a schema
 * of its own and drops it. Files run one at a time: they share the server and the 2 cores.
 */
export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['test/postgres/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
