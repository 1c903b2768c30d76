import { defineConfig } from 'vitest/config';

/**
 * Browser tests: `npx vitest run --config e2e/vitest.config.ts`. The global setup builds the web
 * app and starts the real server on a free port with a throwaway data directory; specs drive
 * Debian's Chromium through playwright-core. Files run one at a time (2 shared cores).
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
