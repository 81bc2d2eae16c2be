// The enterprise and installation projections.
import { eq } from 'drizzle-orm';
import { enterprises, installations } from './tables.js';
import type { Executor } from './types.js';

/** One projected enterprise. */
export type EnterpriseRow = typeof enterprises.$inferSelect;
/** One projected installation. */
export type InstallationRow = typeof installations.$inferSelect;

/** Inserts or replaces an enterprise. */
export async function upsertEnterprise(db: Executor, row: EnterpriseRow): Promise<void> {
  const { uscc: _u, ...rest } = row;
  await db
    .insert(enterprises)
    .values(row)
    .onConflictDoUpdate({ target: enterprises.uscc, set: rest });
}

/** Applies changed fields to a projected enterprise (no-op when unknown). */
export async function patchEnterprise(
  db: Executor,
  uscc: string,
  changes: Partial<Omit<EnterpriseRow, 'uscc'>>,
): Promise<void> {
  await db.update(enterprises).set(changes).where(eq(enterprises.uscc, uscc));
}

/** One enterprise, or undefined. */
export async function findEnterprise(
  db: Executor,
  uscc: string,
): Promise<EnterpriseRow | undefined> {
  const [row] = await db.select().from(enterprises).where(eq(enterprises.uscc, uscc));
  return row;
}

/** Inserts or replaces an installation. */
export async function upsertInstallation(db: Executor, row: InstallationRow): Promise<void> {
  const { id: _i, ...rest } = row;
  await db
    .insert(installations)
    .values(row)
    .onConflictDoUpdate({ target: installations.id, set: rest });
}

/** Applies changed fields to a projected installation (no-op when unknown). */
export async function patchInstallation(
  db: Executor,
  id: string,
  changes: Partial<Omit<InstallationRow, 'id'>>,
): Promise<void> {
  await db.update(installations).set(changes).where(eq(installations.id, id));
}

/** One installation, or undefined. */
export async function findInstallation(
  db: Executor,
  id: string,
): Promise<InstallationRow | undefined> {
  const [row] = await db.select().from(installations).where(eq(installations.id, id));
  return row;
}
