// Queries of credit subjects (and the enterprise directory data projected onto them).
import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { SubjectRef } from '../domain/subject.js';
import { subjects } from './tables.js';
import type { Executor } from './types.js';

/** One subject row. */
export type SubjectRow = typeof subjects.$inferSelect;

/** The domain's view of a subject. */
export function subjectRef(row: SubjectRow): SubjectRef {
  return {
    id: row.id,
    kind: row.kind as SubjectRef['kind'],
    uscc: row.uscc,
    name: row.name,
    region: row.region,
  };
}

/** One subject, or undefined. */
export async function findSubject(db: Executor, id: string): Promise<SubjectRow | undefined> {
  const [row] = await db.select().from(subjects).where(eq(subjects.id, id));
  return row;
}

/** The person with this keyed ID hash, or undefined. */
export async function findPersonByHash(
  db: Executor,
  idHash: string,
): Promise<SubjectRow | undefined> {
  const [row] = await db.select().from(subjects).where(eq(subjects.idHash, idHash));
  return row;
}

/** Inserts a subject unless it exists; returns the stored row. */
export async function insertSubject(db: Executor, row: SubjectRow): Promise<SubjectRow> {
  await db.insert(subjects).values(row).onConflictDoNothing();
  const stored =
    row.idHash === null ? await findSubject(db, row.id) : await findPersonByHash(db, row.idHash);
  if (stored === undefined) throw new Error(`subject ${row.id} vanished`);
  return stored;
}

/** Applies directory data to an enterprise subject, creating it when new. */
export async function upsertDirectoryData(
  db: Executor,
  uscc: string,
  data: Partial<Pick<SubjectRow, 'name' | 'region' | 'standardisation'>>,
  at: Date,
): Promise<void> {
  if (Object.keys(data).length === 0) return;
  const existing = await findSubject(db, uscc);
  if (existing !== undefined) {
    await db
      .update(subjects)
      .set({ ...data, updatedAt: at })
      .where(eq(subjects.id, uscc));
    return;
  }
  if (data.name === undefined || data.region === undefined) return;
  await insertSubject(db, {
    id: uscc,
    kind: 'enterprise',
    uscc,
    name: data.name,
    region: data.region,
    idHash: null,
    personRole: null,
    standardisation: data.standardisation ?? null,
    rating: null,
    ratingReasons: null,
    ratingReviewOn: null,
    createdAt: at,
    updatedAt: at,
  });
}

/** The principals (主要负责人) registered for an enterprise. */
export async function principalsOf(db: Executor, uscc: string): Promise<SubjectRow[]> {
  return db
    .select()
    .from(subjects)
    .where(
      and(
        eq(subjects.uscc, uscc),
        eq(subjects.kind, 'responsible-person'),
        eq(subjects.personRole, 'principal'),
      ),
    )
    .orderBy(subjects.id);
}

/** Saves a new rating. */
export async function saveRating(
  db: Executor,
  id: string,
  rating: { level: number; reasons: readonly string[]; reviewOn: string | null },
  at: Date,
): Promise<void> {
  await db
    .update(subjects)
    .set({
      rating: rating.level,
      ratingReasons: [...rating.reasons],
      ratingReviewOn: rating.reviewOn,
      updatedAt: at,
    })
    .where(eq(subjects.id, id));
}

/** Subjects whose rating must be recomputed by `today` (an adverse record stopped counting). */
export async function findRatingsDue(db: Executor, today: string, limit: number) {
  const rows = await db
    .select({ id: subjects.id })
    .from(subjects)
    .where(and(isNotNull(subjects.ratingReviewOn), lte(subjects.ratingReviewOn, today)))
    .limit(limit);
  return rows.map((r) => r.id);
}
