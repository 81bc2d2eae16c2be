// What the sweeper looks for besides overdue cases (db/hazards.ts): deadlines near enough for
// a reminder, and bureau deadlines passed without a flag. Each query leaves out what was
// already raised, so a busy batch is not filled with cases the domain would refuse again.
import { and, gte, inArray, lte, or, sql } from 'drizzle-orm';
import { hazards } from './tables.js';
import type { Executor } from './types.js';

/** Cases whose deadline lies in [today, until] and that were not reminded of it. */
export async function findDueSoonCandidates(
  db: Executor,
  today: string,
  until: string,
  statuses: readonly string[],
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: hazards.id })
    .from(hazards)
    .where(
      and(
        inArray(hazards.status, [...statuses]),
        gte(hazards.deadline, today),
        lte(hazards.deadline, until),
        sql`coalesce(${hazards.state}->>'dueSoonFor', '') <> ${hazards.deadline}`,
      ),
    )
    .orderBy(hazards.deadline)
    .limit(limit);
  return rows.map((r) => r.id);
}

const missed = (duty: string, ref: ReturnType<typeof sql>) =>
  sql`not (coalesce(${hazards.state}->'bureauMissed', '[]'::jsonb) @> jsonb_build_array(jsonb_build_object('duty', ${duty}::text, 'ref', ${ref})))`;

/** Cases with an extension decision or on-site review due before `today` and not flagged. */
export async function findBureauCandidates(
  db: Executor,
  today: string,
  limit: number,
): Promise<string[]> {
  const s = hazards.state;
  const extension = and(
    sql`${hazards.status} = 'extension-requested'`,
    sql`${s}->'extension'->>'decisionDueBy' < ${today}`,
    missed('extension-decision', sql`${s}->'extension'->'requestId'`),
  );
  const review = and(
    sql`${hazards.status} = 'resumption-applied'`,
    sql`${s}->>'reviewDueBy' < ${today}`,
    missed(
      'resumption-review',
      sql`coalesce(${s}->'resumptionApplicationId', to_jsonb('review-' || (${s}->>'reviewDueBy')))`,
    ),
  );
  const rows = await db
    .select({ id: hazards.id })
    .from(hazards)
    .where(or(extension, review))
    .orderBy(hazards.id)
    .limit(limit);
  return rows.map((r) => r.id);
}
