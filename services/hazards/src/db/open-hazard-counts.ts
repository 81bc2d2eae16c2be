// Counting query of the open-hazards view: every case not closed yet, whenever it was found,
// grouped by region, level and status, with how many of each group are overdue and listed.
import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import { inRegions } from '@yiwang/service-kit';
import { hazards } from './tables.js';
import type { Executor } from './types.js';

/** Whose cases are counted: an enterprise's own, or those in some regions. */
export type CountScope = { readonly uscc: string } | { readonly regions: readonly string[] };

/** One region × level × status group of open cases. */
export interface OpenGroup {
  readonly region: string;
  /** Null while the case is not graded yet. */
  readonly level: 'general' | 'major' | null;
  readonly status: string;
  readonly total: number;
  readonly overdue: number;
  readonly listed: number;
}

function scopeSql(scope: CountScope): SQL {
  return 'uscc' in scope ? eq(hazards.uscc, scope.uscc) : inRegions(hazards.region, scope.regions);
}

/** Open cases of the scope, grouped, in region, status, level order. */
export async function countOpenHazards(db: Executor, scope: CountScope): Promise<OpenGroup[]> {
  // Overdue as the case view shows it: the sweeper flagged the deadline in force.
  const overdue = sql`coalesce(${hazards.state}->>'overdueFor', '') = coalesce(${hazards.deadline}, '-')`;
  return db
    .select({
      region: hazards.region,
      level: sql<OpenGroup['level']>`${hazards.level}`,
      status: hazards.status,
      total: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) filter (where ${overdue}))::int`,
      listed: sql<number>`(count(*) filter (where ${hazards.listed} is not null))::int`,
    })
    .from(hazards)
    .where(and(ne(hazards.status, 'closed'), scopeSql(scope)))
    .groupBy(hazards.region, hazards.level, hazards.status)
    .orderBy(hazards.region, hazards.status, hazards.level);
}
