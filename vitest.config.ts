import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // secrets.test.ts hangs in one of its CLI cases; it is being finished with issue 7 (see the issue note)
    exclude: ['test/hardening/secrets.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
