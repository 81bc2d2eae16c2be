import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Scenarios start whole hubs; one file at a time keeps two cores from thrashing.
    fileParallelism: false,
  },
});
