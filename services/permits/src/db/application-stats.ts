// Counting query of the supervisor's dashboard: applications grouped by region and status,
// with how many of them have passed their statutory decision date.
import { inRegions } from '@yiwang/service-kit';
import { sql } from 'drizzle-orm';
import { applications } from './tables.js';
import type { Executor } from './types.js';

/** One group: the applications of a region in one status. */
export interface ApplicationGroup {
  readonly region: string;
  readonly status: string;
  readonly n: number;
  /** Of them, those whose decision was due before `today`. */
  readonly decisionOverdue: number;
}

/** Applications in `regions` (GB/T 2260 prefixes), grouped; `today` is a local date. */
export async function countApplications(
  db: Executor,
  regions: readonly string[],
  today: string,
): Promise<ApplicationGroup[]> {
  return db
    .select({
      region: applications.region,
      status: applications.status,
      n: sql<number>`count(*)::int`,
      decisionOverdue: sql<number>`(count(*) filter (where ${applications.decisionDueBy} < ${today}))::int`,
    })
    .from(applications)
    .where(inRegions(applications.region, regions))
    .groupBy(applications.region, applications.status);
}
