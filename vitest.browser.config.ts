import { defineConfig } from 'vitest/config';

// End-to-end tests of the built playground in Debian's headless Chromium (`npm run test:browser`,
// which builds the page first). Kept apart from `npm test`, whose include is test/**/*.test.ts.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.e2e.ts'],
    environment: 'node',
    // One browser at a time on a 2-core machine; each file starts its own server and browser.
    fileParallelism: false,
    // Generous limits for a slow shared machine; the tests never wait on time, only on the page.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
