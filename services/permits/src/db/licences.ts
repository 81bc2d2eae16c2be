// Queries of licences.
import { and, eq, gt, inArray, lt, lte, or, isNull, ne, type SQL } from 'drizzle-orm';
import { inRegions } from '@yiwang/service-kit';
import type { Licence } from '../domain/licence.js';
import { licences } from './tables.js';
import type { Executor } from './types.js';

type Row = typeof licences.$inferSelect;
const toLicence = (row: Row) => row.state as unknown as Licence;

function columns(l: Licence) {
  return {
    number: l.number,
    uscc: l.uscc,
    region: l.region,
    status: l.status,
    validUntil: l.validUntil,
    renewalDueFor: l.renewalDueFor ?? null,
    state: l as unknown as Record<string, unknown>,
    version: l.version,
  };
}

/** Inserts or updates a licence (the caller holds its row lock for an update). */
export async function storeLicence(
  db: Executor,
  l: Licence,
  at: Date,
  isNew: boolean,
): Promise<void> {
  if (isNew) {
    await db.insert(licences).values({ id: l.id, ...columns(l), createdAt: at, updatedAt: at });
    return;
  }
  await db
    .update(licences)
    .set({ ...columns(l), updatedAt: at })
    .where(eq(licences.id, l.id));
}

/** Loads a licence, locking its row when `lock`. */
export async function loadLicence(
  db: Executor,
  id: string,
  lock = false,
): Promise<Licence | undefined> {
  const query = db.select().from(licences).where(eq(licences.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row === undefined ? undefined : toLicence(row);
}

/** Ids of the holder's live (active or suspended) licences. */
export async function liveLicenceIds(db: Executor, uscc: string): Promise<string[]> {
  const rows = await db
    .select({ id: licences.id })
    .from(licences)
    .where(and(eq(licences.uscc, uscc), inArray(licences.status, ['active', 'suspended'])));
  return rows.map((r) => r.id);
}

/** Filters of a list. */
export interface LicenceFilter {
  readonly regions?: readonly string[];
  readonly uscc?: string;
  readonly status?: string;
  readonly after?: string;
  readonly limit: number;
}

/** Licences in id order after the cursor. */
export async function listLicences(db: Executor, f: LicenceFilter): Promise<Licence[]> {
  const where: (SQL | undefined)[] = [
    f.regions === undefined ? undefined : inRegions(licences.region, f.regions),
    f.uscc === undefined ? undefined : eq(licences.uscc, f.uscc),
    f.status === undefined ? undefined : eq(licences.status, f.status),
    f.after === undefined ? undefined : gt(licences.id, f.after),
  ];
  const rows = await db
    .select()
    .from(licences)
    .where(and(...where))
    .orderBy(licences.id)
    .limit(f.limit);
  return rows.map(toLicence);
}

/** Live licences that expired before `today`. */
export async function findExpired(db: Executor, today: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: licences.id })
    .from(licences)
    .where(and(inArray(licences.status, ['active', 'suspended']), lt(licences.validUntil, today)))
    .orderBy(licences.validUntil)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Live licences expiring by `horizon` not yet notified for their current expiry. */
export async function findRenewalCandidates(
  db: Executor,
  horizon: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: licences.id })
    .from(licences)
    .where(
      and(
        inArray(licences.status, ['active', 'suspended']),
        lte(licences.validUntil, horizon),
        or(isNull(licences.renewalDueFor), ne(licences.renewalDueFor, licences.validUntil)),
      ),
    )
    .orderBy(licences.validUntil)
    .limit(limit);
  return rows.map((r) => r.id);
}
