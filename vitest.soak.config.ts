import { defineConfig } from 'vitest/config';

// The soak suite (`npm run test:soak`): crash, load and size tests that spawn processes or run for minutes.
// One file at a time, so their timings and memory do not disturb each other.
export default defineConfig({
  test: {
    include: ['test/soak/**/*.soak.ts'],
    // a throwaway PostgreSQL server for the several-instances soak (required in CI)
    globalSetup: ['test/helpers/postgres-setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
