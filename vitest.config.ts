import { defineConfig } from 'vitest/config';

export default defineConfig({
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
      exclude: ['src/**/types.ts', 'src/cli/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
