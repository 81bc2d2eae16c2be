// Official numbers (application, licence, decision) from per-year counters: gap-free within
// committed transactions because the counter row is updated in the caller's transaction.
import { sql } from 'drizzle-orm';
import { counters } from './tables.js';
import type { Executor } from './types.js';

/** The next value of counter `name` (1 for a new counter). */
export async function nextNumber(db: Executor, name: string): Promise<number> {
  const [row] = await db
    .insert(counters)
    .values({ name, value: 1 })
    .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  if (row === undefined) throw new Error(`counter ${name} returned nothing`);
  return row.value;
}
