// Queries of the risk facts behind the floating premium: accident history, credit listings and
// ratings, awards; and their projection writes.
import { and, eq } from 'drizzle-orm';
import type { AccidentLevel, AwardLevel } from '../domain/premium-rules.js';
import type { RiskFacts } from '../domain/premium.js';
import { accidents, awards, creditListings, creditRatings } from './tables.js';
import type { Executor } from './types.js';

/** One accident of the history. */
export type AccidentRow = typeof accidents.$inferSelect;
/** One award. */
export type AwardRow = typeof awards.$inferSelect;

/** Inserts or replaces an accident of the history. */
export async function upsertAccident(db: Executor, row: AccidentRow): Promise<void> {
  const { id: _id, ...rest } = row;
  await db.insert(accidents).values(row).onConflictDoUpdate({ target: accidents.id, set: rest });
}

/** Records an accident only when it is not known yet (a claim of a reported accident). */
export async function insertAccidentIfNew(db: Executor, row: AccidentRow): Promise<void> {
  await db.insert(accidents).values(row).onConflictDoNothing();
}

/** Updates the level of a known accident. */
export async function reviseAccidentLevel(
  db: Executor,
  id: string,
  level: string,
  at: Date,
): Promise<void> {
  await db
    .update(accidents)
    .set({ level, source: 'hazards', updatedAt: at })
    .where(eq(accidents.id, id));
}

/** Inserts or updates a listing's state. */
export async function upsertListing(
  db: Executor,
  listingId: string,
  uscc: string | undefined,
  active: boolean,
  at: Date,
): Promise<void> {
  if (uscc === undefined) {
    await db
      .update(creditListings)
      .set({ active, updatedAt: at })
      .where(eq(creditListings.listingId, listingId));
    return;
  }
  await db
    .insert(creditListings)
    .values({ listingId, uscc, active, updatedAt: at })
    .onConflictDoUpdate({ target: creditListings.listingId, set: { uscc, active, updatedAt: at } });
}

/** Inserts or updates a rating. */
export async function upsertRating(
  db: Executor,
  uscc: string,
  level: number,
  at: Date,
): Promise<void> {
  await db
    .insert(creditRatings)
    .values({ uscc, level, updatedAt: at })
    .onConflictDoUpdate({ target: creditRatings.uscc, set: { level, updatedAt: at } });
}

/** Inserts an award; returns the stored one (the existing one on a repeat). */
export async function insertAward(
  db: Executor,
  row: AwardRow,
): Promise<{ award: AwardRow; created: boolean }> {
  const inserted = await db.insert(awards).values(row).onConflictDoNothing().returning();
  if (inserted[0] !== undefined) return { award: inserted[0], created: true };
  const [existing] = await db
    .select()
    .from(awards)
    .where(
      and(
        eq(awards.uscc, row.uscc),
        eq(awards.level, row.level),
        eq(awards.awardedOn, row.awardedOn),
      ),
    );
  if (existing === undefined) throw new Error('award vanished');
  return { award: existing, created: false };
}

/** Everything the premium factors look at for `uscc` (the directory part is given). */
export async function loadRiskFacts(
  db: Executor,
  uscc: string,
  standardisationLevel: string | undefined,
): Promise<RiskFacts> {
  // One after another: inside a transaction the queries share one connection.
  const acc = await db.select().from(accidents).where(eq(accidents.uscc, uscc));
  const lst = await db
    .select({ id: creditListings.listingId })
    .from(creditListings)
    .where(and(eq(creditListings.uscc, uscc), eq(creditListings.active, true)));
  const rating = await db.select().from(creditRatings).where(eq(creditRatings.uscc, uscc));
  const aw = await db.select().from(awards).where(eq(awards.uscc, uscc));
  return {
    accidents: acc.map((a) => ({
      id: a.id,
      level: a.level as AccidentLevel,
      occurredOn: a.occurredOn,
    })),
    listings: lst.map((l) => l.id).sort(),
    ratingLevel: rating[0]?.level,
    standardisationLevel,
    awards: aw.map((a) => ({ id: a.id, level: a.level as AwardLevel, awardedOn: a.awardedOn })),
  };
}
