// Counting query of the supervisor's dashboard: listing cases grouped by region and status.
import { inRegions } from '@yiwang/service-kit';
import { sql } from 'drizzle-orm';
import type { Executor } from './types.js';

/** One group: the cases of a region in one status. */
export interface ListingGroup {
  readonly region: string;
  readonly status: string;
  readonly n: number;
}

/** Cases whose subject is in one of `regions` (330500 covers 3305xx; GB/T 2260), grouped. */
export async function countListings(
  db: Executor,
  regions: readonly string[],
): Promise<ListingGroup[]> {
  const result = await db.execute(sql`
    select region, status, count(*)::int as n from listings
    where ${inRegions(sql`region`, regions)}
    group by region, status`);
  return result.rows as unknown as ListingGroup[];
}
