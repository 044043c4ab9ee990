import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // a throwaway PostgreSQL server for the PostgreSQL suites (required in CI)
    globalSetup: ['test/helpers/postgres-setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
