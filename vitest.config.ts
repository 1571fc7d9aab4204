import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { packageSources } from './test/docs/harness/packageSources';

/**
 * `sequestre`, `sequestre/escrow` and the workspace packages, by name, resolve to their source,
 * not to dist/: a doc example may import a workspace package (docs/integration.md imports
 * sequestre-postgres), whose source imports `sequestre`, and the unit tests run before the
 * build. The workspace's own vitest.config.ts does the same. The map comes from the packages'
 * exports and tsup entries (test/docs/harness/packageSources.ts).
 */
export const sourceAliases = [...packageSources(fileURLToPath(new URL('.', import.meta.url)))].map(
  ([name, source]) => ({
    find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    replacement: source,
  }),
);

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property and model runs replay thousands of event sequences; coverage instrumentation slows them.
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Excluded, and why: the types.ts files hold types only, so they emit no code to run;
      // src/cli/ is the I/O shell around the pure core, with its own tests and no threshold here.
      // index.ts files stay in: the re-exporting ones count no lines, and order/rules/index.ts holds code.
      // The workspaces' sources load too (a doc example runs sequestre-postgres from source); their
      // coverage is their own packages' business.
      exclude: ['src/**/types.ts', 'src/cli/**', 'packages/**', 'examples/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
