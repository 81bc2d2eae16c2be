import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // The browser test drives one Chromium; the BFF tests are light. Two files at a time keeps
    // the shared 2-core machine responsive.
    maxWorkers: 2,
  },
});
