import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration files wait on brokers and timers, not on the CPU: run them side by side
    // (each has its own database and subject prefix).
    maxWorkers: 6,
  },
});
