// Queries of the enterprise directory projection.
import { eq, sql } from 'drizzle-orm';
import { enterprises } from './tables.js';
import type { Executor } from './types.js';

/** One projected enterprise row. */
export type EnterpriseRow = typeof enterprises.$inferSelect;

/** Inserts or replaces an enterprise unless a newer version is stored. */
export async function upsertEnterprise(db: Executor, row: EnterpriseRow): Promise<void> {
  const { uscc: _uscc, ...rest } = row;
  await db
    .insert(enterprises)
    .values(row)
    .onConflictDoUpdate({
      target: enterprises.uscc,
      set: rest,
      setWhere: sql`${enterprises.version} < ${row.version}`,
    });
}

/** Applies changed fields to a known enterprise when the event is newer. */
export async function patchEnterprise(
  db: Executor,
  uscc: string,
  version: number,
  changes: Partial<Omit<EnterpriseRow, 'uscc' | 'version'>>,
): Promise<void> {
  await db
    .update(enterprises)
    .set({ ...changes, version })
    .where(sql`${enterprises.uscc} = ${uscc} and ${enterprises.version} < ${version}`);
}

/** One enterprise, or undefined. */
export async function findEnterprise(
  db: Executor,
  uscc: string,
): Promise<EnterpriseRow | undefined> {
  const [row] = await db.select().from(enterprises).where(eq(enterprises.uscc, uscc));
  return row;
}
