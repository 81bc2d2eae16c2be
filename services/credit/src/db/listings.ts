// Queries of listing cases: the domain state as jsonb plus the columns lists filter on.
import { inRegions } from '@yiwang/service-kit';
import { and, eq, gt, inArray, lte, type SQL } from 'drizzle-orm';
import { OPEN, type Listing, type ListingStatus } from '../domain/listing.js';
import { listings } from './tables.js';
import type { Executor } from './types.js';

type Row = typeof listings.$inferSelect;
const toListing = (row: Row) => row.state as unknown as Listing;

function columns(l: Listing) {
  return {
    subjectId: l.subject.id,
    region: l.subject.region,
    status: l.status,
    expiresOn: l.expiresOn ?? null,
    state: l as unknown as Record<string, unknown>,
    version: l.version,
  };
}

/** Inserts a new case. */
export async function insertListing(db: Executor, l: Listing, at: Date): Promise<void> {
  await db.insert(listings).values({ id: l.id, ...columns(l), createdAt: at, updatedAt: at });
}

/** Saves a new state of a case loaded under lock. */
export async function saveListing(db: Executor, l: Listing, at: Date): Promise<void> {
  await db
    .update(listings)
    .set({ ...columns(l), updatedAt: at })
    .where(eq(listings.id, l.id));
}

/** Loads a case, locking its row when `lock` (write paths). */
export async function loadListing(
  db: Executor,
  id: string,
  lock = false,
): Promise<Listing | undefined> {
  const query = db.select().from(listings).where(eq(listings.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row === undefined ? undefined : toListing(row);
}

/** Every case of a subject, oldest first. */
export async function listingsOf(db: Executor, subjectId: string): Promise<Listing[]> {
  const rows = await db
    .select()
    .from(listings)
    .where(eq(listings.subjectId, subjectId))
    .orderBy(listings.id);
  return rows.map(toListing);
}

/** The open case of a subject, if any. */
export function openListing(all: readonly Listing[]): Listing | undefined {
  return all.find((l) => OPEN.includes(l.status));
}

/** Filters of a list. */
export interface ListingFilter {
  readonly regions?: readonly string[];
  readonly statuses?: readonly ListingStatus[];
  readonly subjectId?: string;
  readonly after?: string;
  readonly limit: number;
}

/** Cases in id order (ids are time-ordered) after the cursor. */
export async function listListings(db: Executor, f: ListingFilter): Promise<Listing[]> {
  const where: (SQL | undefined)[] = [
    f.regions === undefined ? undefined : inRegions(listings.region, f.regions),
    f.statuses === undefined ? undefined : inArray(listings.status, [...f.statuses]),
    f.subjectId === undefined ? undefined : eq(listings.subjectId, f.subjectId),
    f.after === undefined ? undefined : gt(listings.id, f.after),
  ];
  const rows = await db
    .select()
    .from(listings)
    .where(and(...where))
    .orderBy(listings.id)
    .limit(f.limit);
  return rows.map(toListing);
}

/** Ids of cases on the list whose term ended by `today`, oldest first. */
export async function findExpired(db: Executor, today: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: listings.id })
    .from(listings)
    .where(
      and(inArray(listings.status, ['listed', 'removal-applied']), lte(listings.expiresOn, today)),
    )
    .orderBy(listings.expiresOn)
    .limit(limit);
  return rows.map((r) => r.id);
}
