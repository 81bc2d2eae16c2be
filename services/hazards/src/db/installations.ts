// Queries of major hazard installations: the domain state as jsonb plus filter columns.
import { and, eq, gt, lte, sql, type SQL } from 'drizzle-orm';
import { inRegions } from '@yiwang/service-kit';
import type { Installation } from '../domain/installation.js';
import { installations } from './tables.js';
import type { Executor } from './types.js';

type Row = typeof installations.$inferSelect;
const toState = (row: Row) => row.state as unknown as Installation;

/** Inserts or updates an installation's state. */
export async function saveInstallation(db: Executor, i: Installation, at: Date): Promise<void> {
  const values = {
    grade: i.grade,
    nextAssessmentDue: i.nextAssessmentDue,
    state: i as unknown as Record<string, unknown>,
    version: i.version,
    updatedAt: at,
  };
  await db
    .insert(installations)
    .values({ id: i.id, uscc: i.uscc, region: i.region, name: i.name, ...values, createdAt: at })
    .onConflictDoUpdate({ target: installations.id, set: values });
}

/** One installation (locked for write paths), or undefined. */
export async function loadInstallation(
  db: Executor,
  id: string,
  lock = false,
): Promise<Installation | undefined> {
  const query = db.select().from(installations).where(eq(installations.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row === undefined ? undefined : toState(row);
}

/** The id of the installation `name` of enterprise `uscc`, if registered. */
export async function findInstallationByName(
  db: Executor,
  uscc: string,
  name: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: installations.id })
    .from(installations)
    .where(and(eq(installations.uscc, uscc), eq(installations.name, name)));
  return row?.id;
}

/** Filters of a list. */
export interface InstallationFilter {
  readonly regions?: readonly string[];
  readonly uscc?: string;
  readonly grade?: number;
  /** Only those whose re-assessment is due on or before this date. */
  readonly dueBy?: string;
  readonly after?: string;
  readonly limit: number;
}

/** Installations in id order after the cursor. */
export async function listInstallations(
  db: Executor,
  f: InstallationFilter,
): Promise<Installation[]> {
  const where: (SQL | undefined)[] = [
    f.regions === undefined ? undefined : inRegions(installations.region, f.regions),
    f.uscc === undefined ? undefined : eq(installations.uscc, f.uscc),
    f.grade === undefined ? undefined : eq(installations.grade, f.grade),
    f.dueBy === undefined ? undefined : lte(installations.nextAssessmentDue, f.dueBy),
    f.after === undefined ? undefined : gt(installations.id, f.after),
  ];
  const rows = await db
    .select()
    .from(installations)
    .where(and(...where))
    .orderBy(installations.id)
    .limit(f.limit);
  return rows.map(toState);
}

/** Installations due by `until` whose reminder for that due date was not sent. */
export async function findReassessmentCandidates(
  db: Executor,
  until: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: installations.id })
    .from(installations)
    .where(
      and(
        lte(installations.nextAssessmentDue, until),
        sql`coalesce(${installations.state}->>'reassessmentDueFor', '') <> ${installations.nextAssessmentDue}`,
      ),
    )
    .orderBy(installations.nextAssessmentDue)
    .limit(limit);
  return rows.map((r) => r.id);
}
