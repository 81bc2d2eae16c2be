// Reads what the local projections say about a holder: the facts a credit check, a decision
// and a licence reconciliation need (DOMAIN.md "Permits").
import { and, count, eq, gt, gte, lte, sql } from 'drizzle-orm';
import { accidents, compliance, creditListings, hazards, policies } from './tables.js';
import type { Executor } from './types.js';

/** Ids of the holder's listings in force. */
export async function activeListings(db: Executor, uscc: string): Promise<string[]> {
  const rows = await db
    .select({ id: creditListings.listingId })
    .from(creditListings)
    .where(
      and(eq(creditListings.uscc, uscc), gt(creditListings.listedSeq, creditListings.removedSeq)),
    );
  return rows.map((r) => r.id).sort();
}

/** True when a policy of the holder is in force on `today`. */
export async function hasActivePolicy(db: Executor, uscc: string, today: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(policies)
    .where(
      and(
        eq(policies.uscc, uscc),
        gt(policies.liveSeq, policies.endedSeq),
        lte(policies.startsOn, today),
        gte(policies.endsOn, today),
      ),
    );
  return (row?.n ?? 0) > 0;
}

/** True when insurance reported the holder non-compliant and that has not ended. */
export async function hasOpenViolation(db: Executor, uscc: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(compliance)
    .where(and(eq(compliance.uscc, uscc), gt(compliance.violatedSeq, compliance.clearedSeq)));
  return (row?.n ?? 0) > 0;
}

/** Overdue major hazards of the holder (only listed ones when `listedOnly`). */
export async function overdueMajorHazards(
  db: Executor,
  uscc: string,
  listedOnly: boolean,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(hazards)
    .where(
      and(
        eq(hazards.uscc, uscc),
        eq(hazards.major, true),
        gt(hazards.overdueSeq, hazards.clearedSeq),
        listedOnly ? eq(hazards.listed, true) : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** True when an accident with deaths occurred at the holder within [from, to]. */
export async function fatalAccidentBetween(
  db: Executor,
  uscc: string,
  from: Date,
  to: Date,
): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(accidents)
    .where(
      and(
        eq(accidents.uscc, uscc),
        gt(accidents.deaths, 0),
        sql`${accidents.occurredAt} between ${from.toISOString()} and ${to.toISOString()}`,
      ),
    );
  return (row?.n ?? 0) > 0;
}
