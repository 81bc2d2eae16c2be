// Counting query of the supervisor's deadline dashboard: reports grouped by region and status,
// with how many have their earliest running deadline past or within the due-soon window. The
// deadline tests are those of the list filter (`deadline=overdue|due-soon`), so a count and
// the list behind it always agree.
import { inRegions } from '@yiwang/service-kit';
import { sql } from 'drizzle-orm';
import type { Tx } from './report-store.js';

/** One group: reports of a region in one status. */
export interface ReportGroup {
  readonly region: string;
  readonly status: string;
  readonly total: number;
  readonly overdue: number;
  readonly dueSoon: number;
}

export interface StatsFilter {
  /** Regions to count (GB/T 2260; a city or province covers its children). */
  readonly regions: readonly string[];
  readonly today: string;
  readonly dueSoonBy: string;
}

/** Counts of reports in the regions by region and status. */
export async function countReports(tx: Tx, f: StatsFilter): Promise<ReportGroup[]> {
  const result = await tx.execute(sql`
    select region, status, count(*)::int as total,
      (count(*) filter (where due_by < ${f.today}::date))::int as overdue,
      (count(*) filter (where due_by between ${f.today}::date and ${f.dueSoonBy}::date))::int
        as "dueSoon"
    from reports
    where ${inRegions(sql`region`, f.regions)}
    group by region, status`);
  return result.rows as unknown as ReportGroup[];
}
