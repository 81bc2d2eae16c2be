// Counting queries of the statistics view: hazard cases found in a period grouped by region,
// enterprise, level, status and overdue flag; and filings of the period (filed, late, missing).
import { inRegions } from '@yiwang/service-kit';
import { sql } from 'drizzle-orm';
import type { Executor } from './types.js';

/** One group of cases. */
export interface CaseGroup {
  readonly region: string;
  readonly uscc: string;
  readonly enterpriseName: string | null;
  readonly level: string | null;
  readonly status: string;
  readonly overdue: boolean;
  readonly n: number;
}

/** Cases found in [from, to) in the regions, grouped. */
export async function countCases(
  db: Executor,
  regions: readonly string[],
  from: string,
  to: string,
): Promise<CaseGroup[]> {
  const result = await db.execute(sql`
    select region, uscc, enterprise_name as "enterpriseName", level, status,
      (coalesce(state->>'overdueFor', '') = coalesce(deadline, '-') and status <> 'closed') as overdue,
      count(*)::int as n
    from hazards
    where ${inRegions(sql`region`, regions)}
      and (state->>'foundAt')::timestamptz >= ${from}::timestamptz
      and (state->>'foundAt')::timestamptz < ${to}::timestamptz
    group by 1, 2, 3, 4, 5, 6`);
  return result.rows as unknown as CaseGroup[];
}

/** Filings of the period in the regions, and open enterprises without one. */
export async function countFilings(
  db: Executor,
  regions: readonly string[],
  year: number,
  period: string,
): Promise<{ filed: number; late: number; missing: number }> {
  const result = await db.execute(sql`
    select
      (select count(*)::int from statistics_filings
        where ${inRegions(sql`region`, regions)} and year = ${year} and period = ${period}) as filed,
      (select count(*)::int from statistics_filings
        where ${inRegions(sql`region`, regions)} and year = ${year} and period = ${period}
          and late) as late,
      (select count(*)::int from enterprises e
        where ${inRegions(sql`e.region`, regions)} and e.status <> 'closed'
          and not exists (select 1 from statistics_filings f
            where f.uscc = e.uscc and f.year = ${year} and f.period = ${period})) as missing`);
  return result.rows[0] as { filed: number; late: number; missing: number };
}
