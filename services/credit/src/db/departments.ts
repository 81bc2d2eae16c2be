// Departments' joint-punishment policies and the check audit log.
import { and, desc, eq, lt } from 'drizzle-orm';
import { checks, departmentMeasures } from './tables.js';
import type { Executor } from './types.js';

/** One policy row. */
export type DepartmentMeasuresRow = typeof departmentMeasures.$inferSelect;
/** One audit row. */
export type CheckRow = typeof checks.$inferSelect;

/** The measures a department applies (empty when it has no policy). */
export async function measuresOf(db: Executor, departmentId: string): Promise<string[]> {
  const [row] = await db
    .select()
    .from(departmentMeasures)
    .where(eq(departmentMeasures.departmentId, departmentId));
  return row?.measures ?? [];
}

/** Every policy (the fan-out of measures reads them). */
export async function allPolicies(db: Executor): Promise<DepartmentMeasuresRow[]> {
  return db.select().from(departmentMeasures).orderBy(departmentMeasures.departmentId);
}

/** Sets a policy; a directory default never overrides what an administrator set. */
export async function setMeasures(db: Executor, row: DepartmentMeasuresRow): Promise<void> {
  const { departmentId: _id, ...rest } = row;
  const query = db.insert(departmentMeasures).values(row);
  if (row.source === 'admin') {
    await query.onConflictDoUpdate({ target: departmentMeasures.departmentId, set: rest });
  } else {
    await query.onConflictDoNothing();
  }
}

/** Appends a check to the audit log. */
export async function logCheck(db: Executor, row: CheckRow): Promise<void> {
  await db.insert(checks).values(row);
}

/** Audit rows, newest first, before the cursor id. */
export async function pageChecks(
  db: Executor,
  f: { department?: string; before?: string; limit: number },
): Promise<CheckRow[]> {
  return db
    .select()
    .from(checks)
    .where(
      and(
        f.department === undefined ? undefined : eq(checks.department, f.department),
        f.before === undefined ? undefined : lt(checks.id, f.before),
      ),
    )
    .orderBy(desc(checks.id))
    .limit(f.limit);
}
