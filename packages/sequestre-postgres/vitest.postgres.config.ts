import { defineConfig } from 'vitest/config';
import { sequestreSource } from './vitest.config';

/**
 * The proofs on a real PostgreSQL (`npm run test:postgres`, run by .ci/run): the store's suite,
 * races between writers, crashes of worker processes, reconciliation and the negative controls.
 * DATABASE_URL must name a database the tests may create schemas in; each test file works in a
 * schema of its own and drops it at the end. Files run one at a time: they share one server.
 */
export default defineConfig({
  resolve: { alias: { sequestre: sequestreSource } },
  test: {
    include: ['test/postgres/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
