// Queries of credit records.
import { and, asc, eq, gt, min, or, sql } from 'drizzle-orm';
import type { CreditRecord } from '../domain/subject.js';
import { records } from './tables.js';
import type { Executor } from './types.js';

type Row = typeof records.$inferSelect;

/** Row → domain record. */
export function toRecord(r: Row): CreditRecord {
  return {
    id: r.id,
    subjectId: r.subjectId,
    kind: r.kind as CreditRecord['kind'],
    trigger: r.trigger as CreditRecord['trigger'],
    triggerRef: r.triggerRef,
    ...(r.fact === null ? {} : { fact: r.fact as NonNullable<CreditRecord['fact']> }),
    ...(r.accidentLevel === null
      ? {}
      : { accidentLevel: r.accidentLevel as NonNullable<CreditRecord['accidentLevel']> }),
    occurredOn: r.occurredOn,
    ...(r.effectiveUntil === null ? {} : { effectiveUntil: r.effectiveUntil }),
    summary: r.summary,
    decidingDepartment: r.decidingDepartment,
    ...(r.penaltyDecisionNumber === null ? {} : { penaltyDecisionNumber: r.penaltyDecisionNumber }),
    ...(r.evidenceEventId === null ? {} : { evidenceEventId: r.evidenceEventId }),
    recordedBy: r.recordedBy,
    recordedAt: r.recordedAt.toISOString(),
  };
}

/** Inserts a record unless its dedup key exists; returns the stored one and whether it is new. */
export async function insertRecord(
  db: Executor,
  record: CreditRecord,
  dedupKey: string,
): Promise<{ record: CreditRecord; created: boolean }> {
  const inserted = await db
    .insert(records)
    .values({
      id: record.id,
      subjectId: record.subjectId,
      kind: record.kind,
      trigger: record.trigger,
      triggerRef: record.triggerRef,
      dedupKey,
      fact: record.fact ?? null,
      accidentLevel: record.accidentLevel ?? null,
      occurredOn: record.occurredOn,
      effectiveUntil: record.effectiveUntil ?? null,
      summary: record.summary,
      decidingDepartment: record.decidingDepartment,
      penaltyDecisionNumber: record.penaltyDecisionNumber ?? null,
      evidenceEventId: record.evidenceEventId ?? null,
      recordedBy: record.recordedBy,
      recordedAt: new Date(record.recordedAt),
    })
    .onConflictDoNothing()
    .returning({ id: records.id });
  if (inserted.length > 0) return { record, created: true };
  const [row] = await db.select().from(records).where(eq(records.dedupKey, dedupKey));
  if (row === undefined) throw new Error(`record ${dedupKey} vanished`);
  return { record: toRecord(row), created: false };
}

/** Every record of a subject, oldest first (the rules engine reads them all). */
export async function recordsOf(db: Executor, subjectId: string): Promise<CreditRecord[]> {
  const rows = await db
    .select()
    .from(records)
    .where(eq(records.subjectId, subjectId))
    .orderBy(asc(records.id));
  return rows.map(toRecord);
}

/** A page of a subject's records in id order after the cursor. */
export async function pageRecords(
  db: Executor,
  subjectId: string,
  after: string | undefined,
  limit: number,
): Promise<CreditRecord[]> {
  const rows = await db
    .select()
    .from(records)
    .where(
      and(
        eq(records.subjectId, subjectId),
        after === undefined ? undefined : gt(records.id, after),
      ),
    )
    .orderBy(asc(records.id))
    .limit(limit);
  return rows.map(toRecord);
}

/** Sets the level of the accident records of `accidentId` (a revision); their subjects. */
export async function reviseAccidentLevel(
  db: Executor,
  accidentId: string,
  level: string,
): Promise<string[]> {
  const rows = await db
    .update(records)
    .set({ accidentLevel: level })
    .where(and(eq(records.triggerRef, accidentId), eq(records.fact, 'accident')))
    .returning({ subjectId: records.subjectId });
  return [...new Set(rows.map((r) => r.subjectId))];
}

/** Adverse records in effect on `today`, and the next day one of them stops counting. */
export async function adverseInEffect(
  db: Executor,
  subjectId: string,
  today: string,
): Promise<{ count: number; nextEnd: string | null }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, nextEnd: min(records.effectiveUntil) })
    .from(records)
    .where(
      and(
        eq(records.subjectId, subjectId),
        or(eq(records.kind, 'penalty'), eq(records.kind, 'bad-record')),
        gt(records.effectiveUntil, today),
      ),
    );
  return { count: row?.count ?? 0, nextEnd: row?.nextEnd ?? null };
}
