import { defineConfig } from 'vitest/config';

/**
 * Vitest for the benchmark's own tests (the root config covers packages and apps only):
 * `npx vitest run --config bench/vitest.config.ts`.
 */
export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    exclude: ['bench/data/**'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
