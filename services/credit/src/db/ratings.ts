// Rating history queries.
import { and, asc, eq, gt } from 'drizzle-orm';
import { ratingHistory } from './tables.js';
import type { Executor } from './types.js';

/** One history row. */
export type RatingChange = typeof ratingHistory.$inferSelect;

/** Appends a change. */
export async function appendRatingChange(
  db: Executor,
  change: Omit<RatingChange, 'id'>,
): Promise<void> {
  await db.insert(ratingHistory).values(change);
}

/** A page of a subject's rating history, oldest first. */
export async function pageRatingHistory(
  db: Executor,
  subjectId: string,
  after: number | undefined,
  limit: number,
): Promise<RatingChange[]> {
  return db
    .select()
    .from(ratingHistory)
    .where(
      and(
        eq(ratingHistory.subjectId, subjectId),
        after === undefined ? undefined : gt(ratingHistory.id, after),
      ),
    )
    .orderBy(asc(ratingHistory.id))
    .limit(limit);
}
