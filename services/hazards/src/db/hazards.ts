// Queries of hazard cases: the domain state as jsonb plus the columns lists filter on.
import { and, eq, gt, inArray, isNotNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { inRegions } from '@yiwang/service-kit';
import type { Hazard } from '../domain/hazard.js';
import { hazards } from './tables.js';
import type { Executor } from './types.js';

/** A stored case: the domain state and the enterprise data projected next to it. */
export interface StoredHazard {
  readonly hazard: Hazard;
  readonly enterpriseName: string | null;
  readonly industry: string | null;
  readonly dedupKey: string | null;
  /** The trace the case was opened in (W3C traceparent), if any. */
  readonly traceParent: string | null;
}

type Row = typeof hazards.$inferSelect;

function toStored(row: Row): StoredHazard {
  return {
    hazard: row.state as unknown as Hazard,
    enterpriseName: row.enterpriseName,
    industry: row.industry,
    dedupKey: row.dedupKey,
    traceParent: row.traceParent,
  };
}

function columns(h: Hazard) {
  return {
    uscc: h.uscc,
    region: h.region,
    level: h.level ?? null,
    status: h.status,
    source: h.source,
    sourceRef: h.sourceRef ?? null,
    deadline: h.deadline ?? null,
    listed: h.listing?.listedAt ?? null,
    state: h as unknown as Record<string, unknown>,
    version: h.version,
  };
}

/** Inserts a new case. */
export async function insertHazard(
  db: Executor,
  h: Hazard,
  extra: {
    enterpriseName: string | null;
    industry: string | null;
    dedupKey: string | null;
    traceParent: string | null;
    at: Date;
  },
): Promise<void> {
  await db.insert(hazards).values({
    id: h.id,
    ...columns(h),
    enterpriseName: extra.enterpriseName,
    industry: extra.industry,
    dedupKey: extra.dedupKey,
    traceParent: extra.traceParent,
    createdAt: extra.at,
    updatedAt: extra.at,
  });
}

/** Loads a case, locking its row when `lock` (write paths). */
export async function loadHazard(
  db: Executor,
  id: string,
  lock = false,
): Promise<StoredHazard | undefined> {
  const query = db.select().from(hazards).where(eq(hazards.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row === undefined ? undefined : toStored(row);
}

/** Saves a new state of a case loaded under lock. */
export async function saveHazard(db: Executor, h: Hazard, at: Date): Promise<void> {
  await db
    .update(hazards)
    .set({ ...columns(h), updatedAt: at })
    .where(eq(hazards.id, h.id));
}

/** The open case with this dedup key (one per IoT installation and cause), if any. */
export async function findOpenByDedupKey(
  db: Executor,
  dedupKey: string,
): Promise<StoredHazard | undefined> {
  const [row] = await db
    .select()
    .from(hazards)
    .where(and(eq(hazards.dedupKey, dedupKey), sql`${hazards.status} <> 'closed'`))
    .for('update');
  return row === undefined ? undefined : toStored(row);
}

/** Fills in the enterprise's name and industry on its cases once the directory knows it. */
export async function enrichHazards(
  db: Executor,
  uscc: string,
  data: { name?: string; industry?: string },
): Promise<void> {
  const set: Partial<Row> = {};
  if (data.name !== undefined) set.enterpriseName = data.name;
  if (data.industry !== undefined) set.industry = data.industry;
  if (Object.keys(set).length === 0) return;
  await db.update(hazards).set(set).where(eq(hazards.uscc, uscc));
}

/** Filters of a list. */
export interface HazardFilter {
  readonly regions?: readonly string[];
  readonly uscc?: string;
  readonly status?: string;
  readonly level?: string;
  readonly source?: string;
  readonly listedOnly?: boolean;
  /** Only cases not closed yet. */
  readonly openOnly?: boolean;
  readonly after?: string;
  readonly limit: number;
}

/** Cases in id order (ids are time-ordered) after the cursor. */
export async function listHazards(db: Executor, f: HazardFilter): Promise<StoredHazard[]> {
  const where: (SQL | undefined)[] = [
    f.regions === undefined ? undefined : inRegions(hazards.region, f.regions),
    f.uscc === undefined ? undefined : eq(hazards.uscc, f.uscc),
    f.status === undefined ? undefined : eq(hazards.status, f.status),
    f.level === undefined ? undefined : eq(hazards.level, f.level),
    f.source === undefined ? undefined : eq(hazards.source, f.source),
    f.listedOnly === true ? isNotNull(hazards.listed) : undefined,
    f.openOnly === true ? ne(hazards.status, 'closed') : undefined,
    f.after === undefined ? undefined : gt(hazards.id, f.after),
  ];
  const rows = await db
    .select()
    .from(hazards)
    .where(and(...where))
    .orderBy(hazards.id)
    .limit(f.limit);
  return rows.map(toStored);
}

/** Cases whose deadline lies before `today` and that were not flagged for it, oldest first. */
export async function findOverdueCandidates(
  db: Executor,
  today: string,
  statuses: readonly string[],
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: hazards.id })
    .from(hazards)
    .where(
      and(
        inArray(hazards.status, [...statuses]),
        lt(hazards.deadline, today),
        sql`coalesce(${hazards.state}->>'overdueFor', '') <> ${hazards.deadline}`,
      ),
    )
    .orderBy(hazards.deadline)
    .limit(limit);
  return rows.map((r) => r.id);
}
