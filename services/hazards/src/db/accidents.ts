// Queries of accident reports.
import { eq } from 'drizzle-orm';
import type { Accident } from '../domain/accident.js';
import { accidents } from './tables.js';
import type { Executor } from './types.js';

/** Inserts or updates an accident's state. */
export async function saveAccident(db: Executor, a: Accident, at: Date): Promise<void> {
  const values = {
    uscc: a.uscc,
    region: a.region,
    level: a.level,
    state: a as unknown as Record<string, unknown>,
    version: a.version,
    updatedAt: at,
  };
  await db
    .insert(accidents)
    .values({ id: a.id, ...values, createdAt: at })
    .onConflictDoUpdate({ target: accidents.id, set: values });
}

/** One accident (locked for write paths), or undefined. */
export async function loadAccident(
  db: Executor,
  id: string,
  lock = false,
): Promise<Accident | undefined> {
  const query = db.select().from(accidents).where(eq(accidents.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row === undefined ? undefined : (row.state as unknown as Accident);
}
