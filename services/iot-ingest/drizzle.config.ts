import { defineConfig } from 'drizzle-kit';

// Generates drizzle/ from our tables plus the bus tables. drizzle-kit loads schema files with
// require(), and `@yiwang/bus/schema` is exported for `import` only, so the bus tables are read
// from the package's built file here; src/db/schema.ts re-exports both for the app.
// Hand-written SQL (the ledger's triggers) is a `--custom` migration after the generated ones.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/db/tables.ts', './node_modules/@yiwang/bus/dist/schema.js'],
  out: './drizzle',
});
