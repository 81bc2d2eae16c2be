import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration files wait on PostgreSQL, NATS and HTTP, not on the CPU: each has its own
    // database and subject prefix, so they run side by side.
    maxWorkers: 4,
  },
});
