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
      // Excluded, and why: type-only files emit no code to run; index.ts files only re-export
      // (STYLE §8); src/cli/ is the I/O shell, tested by its own suite, not part of the pure core.
      exclude: ['src/**/types.ts', 'src/**/index.ts', 'src/cli/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
