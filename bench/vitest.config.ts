import { defineConfig } from 'vitest/config';

// lib: the report helpers; ingest: a tiny smoke run of the benchmark so it cannot rot.
export default defineConfig({
  test: { include: ['lib/**/*.test.ts', 'ingest/**/*.test.ts'], testTimeout: 200_000 },
});
