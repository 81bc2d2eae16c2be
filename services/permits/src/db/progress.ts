// Public progress entries of applications (append-only, numbered per application).
import { asc, eq, sql } from 'drizzle-orm';
import type { ProgressEntry } from '../domain/progress.js';
import { progress } from './tables.js';
import type { Executor } from './types.js';

/** Appends entries after the application's last one (the caller holds its row lock). */
export async function appendProgress(
  db: Executor,
  applicationId: string,
  entries: readonly ProgressEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const [last] = await db
    .select({ seq: sql<number>`coalesce(max(${progress.seq}), 0)` })
    .from(progress)
    .where(eq(progress.applicationId, applicationId));
  const start = Number(last?.seq ?? 0);
  await db.insert(progress).values(
    entries.map((e, i) => ({
      applicationId,
      seq: start + i + 1,
      step: e.step,
      status: e.status,
      note: e.note,
      nextDeadline: e.nextDeadline ?? null,
      recordedAt: new Date(e.recordedAt),
    })),
  );
}

/** The entries of an application, oldest first. */
export async function listProgress(db: Executor, applicationId: string): Promise<ProgressEntry[]> {
  const rows = await db
    .select()
    .from(progress)
    .where(eq(progress.applicationId, applicationId))
    .orderBy(asc(progress.seq));
  return rows.map((r) => ({
    step: r.step as ProgressEntry['step'],
    status: r.status as ProgressEntry['status'],
    note: r.note,
    recordedAt: r.recordedAt.toISOString(),
    ...(r.nextDeadline === null ? {} : { nextDeadline: r.nextDeadline }),
  }));
}
