// Recomputes a subject's rating (DOMAIN.md: levels 1–4 after the standardisation grade; an
// adverse record drops one level; listed → 4). A change is kept in the history with its
// reasons and published as credit.rating.changed, in the caller's transaction.
import type { Causation } from '@yiwang/bus';
import { createEvent, credit as c } from '@yiwang/contracts';
import { count, eq } from 'drizzle-orm';
import { listingsOf } from '../db/listings.js';
import { appendRatingChange } from '../db/ratings.js';
import { adverseInEffect } from '../db/records.js';
import { findSubject, saveRating, subjectRef } from '../db/subjects.js';
import { ratingHistory } from '../db/tables.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { ON_LIST } from '../domain/listing.js';
import { computeRating, type StandardisationLevel } from '../domain/rating.js';
import { envelope } from '../events/contract-events.js';
import { localDate } from './local-date.js';

/** Why a rating is recomputed (the contract's reason). */
export type RatingReason =
  'standardisation-grade' | 'bad-record' | 'listed' | 'listing-removed' | 'bad-record-expired';

/** Recomputes and, when the level changed, records and publishes it; returns the level. */
export async function recomputeRating(
  deps: Pick<Deps, 'bus' | 'ids' | 'clock' | 'rules'>,
  tx: Executor,
  subjectId: string,
  reason: RatingReason,
  causation?: Causation,
): Promise<number | undefined> {
  const row = await findSubject(tx, subjectId);
  if (row === undefined || row.kind === 'responsible-person') return undefined;
  const now = deps.clock.now();
  const today = localDate(now);
  const listed = (await listingsOf(tx, subjectId)).some((l) => ON_LIST.includes(l.status));
  const adverse = await adverseInEffect(tx, subjectId, today);
  const rating = computeRating(
    {
      standardisation: (row.standardisation ?? undefined) as StandardisationLevel | undefined,
      listed,
      adverseRecords: adverse.count,
    },
    deps.rules.badRecordDrop,
  );
  await saveRating(tx, subjectId, { ...rating, reviewOn: adverse.nextEnd }, now);
  if (row.rating === rating.level) return rating.level;
  const entry = {
    subjectId,
    previousLevel: row.rating,
    level: rating.level,
    reason: row.rating === null ? 'standardisation-grade' : reason,
    reasons: [...rating.reasons],
    changedAt: now,
  };
  await appendRatingChange(tx, entry);
  const [n] = await tx
    .select({ n: count() })
    .from(ratingHistory)
    .where(eq(ratingHistory.subjectId, subjectId));
  const at = now.toISOString();
  await deps.bus.outbox.add(
    tx,
    createEvent(c.ratingChanged, {
      ...envelope(deps.ids.uuid(), subjectId, n?.n ?? 1, subjectRef(row), at, causation),
      data: {
        uscc: row.uscc,
        ...(row.rating === null ? {} : { previousLevel: row.rating }),
        level: rating.level,
        reason: entry.reason,
        effectiveFrom: today,
        changedAt: at,
      },
    }),
  );
  return rating.level;
}
