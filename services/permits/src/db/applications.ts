// Queries of applications: the domain state as jsonb plus the columns lists filter on.
import { inRegions } from '@yiwang/service-kit';
import { and, eq, gt, inArray, lt, type SQL } from 'drizzle-orm';
import type { Application } from '../domain/application.js';
import { applications } from './tables.js';
import type { Executor } from './types.js';

type Row = typeof applications.$inferSelect;
const toApplication = (row: Row) => row.state as unknown as Application;

function columns(a: Application) {
  return {
    number: a.number,
    uscc: a.uscc,
    region: a.region,
    licenceType: a.licenceType,
    status: a.status,
    noticeDueBy: a.noticeDueBy ?? null,
    decisionDueBy: a.decisionDueBy ?? null,
    state: a as unknown as Record<string, unknown>,
    version: a.version,
  };
}

/** Inserts a new application. */
export async function insertApplication(
  db: Executor,
  a: Application,
  clientKey: string | null,
  at: Date,
): Promise<void> {
  await db
    .insert(applications)
    .values({ id: a.id, ...columns(a), clientKey, createdAt: at, updatedAt: at });
}

/** Saves a new state of an application loaded under lock. */
export async function saveApplication(db: Executor, a: Application, at: Date): Promise<void> {
  await db
    .update(applications)
    .set({ ...columns(a), updatedAt: at })
    .where(eq(applications.id, a.id));
}

/** Loads an application, locking its row when `lock` (write paths). */
export async function loadApplication(
  db: Executor,
  id: string,
  lock = false,
): Promise<Application | undefined> {
  const query = db.select().from(applications).where(eq(applications.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row === undefined ? undefined : toApplication(row);
}

/** The application with this public number. */
export async function findByNumber(db: Executor, number: string): Promise<Application | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.number, number));
  return row === undefined ? undefined : toApplication(row);
}

/** The application an applicant created with this Idempotency-Key. */
export async function findByClientKey(
  db: Executor,
  uscc: string,
  clientKey: string,
): Promise<Application | undefined> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.uscc, uscc), eq(applications.clientKey, clientKey)));
  return row === undefined ? undefined : toApplication(row);
}

/** Filters of a list. */
export interface ApplicationFilter {
  readonly regions?: readonly string[];
  readonly uscc?: string;
  readonly status?: string;
  readonly licenceType?: string;
  readonly after?: string;
  readonly limit: number;
}

/** Applications in id order (ids are time-ordered) after the cursor. */
export async function listApplications(db: Executor, f: ApplicationFilter): Promise<Application[]> {
  const where: (SQL | undefined)[] = [
    f.regions === undefined ? undefined : inRegions(applications.region, f.regions),
    f.uscc === undefined ? undefined : eq(applications.uscc, f.uscc),
    f.status === undefined ? undefined : eq(applications.status, f.status),
    f.licenceType === undefined ? undefined : eq(applications.licenceType, f.licenceType),
    f.after === undefined ? undefined : gt(applications.id, f.after),
  ];
  const rows = await db
    .select()
    .from(applications)
    .where(and(...where))
    .orderBy(applications.id)
    .limit(f.limit);
  return rows.map(toApplication);
}

/** Submitted applications whose defect-notice period ended before `today`. */
export async function findNoticeLapsed(
  db: Executor,
  today: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(inArray(applications.status, ['submitted']), lt(applications.noticeDueBy, today)))
    .orderBy(applications.noticeDueBy)
    .limit(limit);
  return rows.map((r) => r.id);
}
