import { defineConfig } from 'drizzle-kit';

// Generates drizzle/ from src/schema.ts: the bus tables' own migration, applied by the tests.
// Services include the same tables in their schema and get them in their own migrations.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './drizzle',
});
