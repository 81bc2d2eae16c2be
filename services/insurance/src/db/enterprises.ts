// Queries of the directory projection.
import { eq } from 'drizzle-orm';
import { enterprises } from './tables.js';
import type { Executor } from './types.js';

/** One projected enterprise row. */
export type EnterpriseRow = typeof enterprises.$inferSelect;

/** Inserts or replaces an enterprise (directory `registered`). */
export async function upsertEnterprise(db: Executor, row: EnterpriseRow): Promise<void> {
  const { uscc: _uscc, ...rest } = row;
  await db
    .insert(enterprises)
    .values(row)
    .onConflictDoUpdate({ target: enterprises.uscc, set: rest });
}

/** Applies changed fields to a known enterprise; false when it is not projected yet. */
export async function patchEnterprise(
  db: Executor,
  uscc: string,
  changes: Partial<Omit<EnterpriseRow, 'uscc'>>,
): Promise<boolean> {
  const rows = await db
    .update(enterprises)
    .set(changes)
    .where(eq(enterprises.uscc, uscc))
    .returning({ uscc: enterprises.uscc });
  return rows.length > 0;
}

/** One enterprise, or undefined. */
export async function findEnterprise(
  db: Executor,
  uscc: string,
): Promise<EnterpriseRow | undefined> {
  const [row] = await db.select().from(enterprises).where(eq(enterprises.uscc, uscc));
  return row;
}
