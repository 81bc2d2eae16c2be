import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` writes drizzle/ from the service's tables and the bus's tables; the service
// applies it at start (migrateDatabase). drizzle-kit loads schema files with `require`, which
// cannot resolve `@yiwang/bus/schema` (an import-only export), so the bus's built schema file is
// named by path here; src/db/schema.ts re-exports the same tables for the code.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/db/tables.ts', './node_modules/@yiwang/bus/dist/schema.js'],
  out: './drizzle',
});
