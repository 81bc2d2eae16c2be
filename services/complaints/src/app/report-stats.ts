// The supervisor's deadline dashboard (GET /v1/reports/stats): how many reports are overdue
// or due soon, in total, by region and by status, over the caller's regions (or one of them).
// Counts only: nothing about a reporter or a case's content leaves in them.
import {
  ForbiddenError,
  anyRegionCovers,
  tallyByRegion,
  type Principal,
} from '@yiwang/service-kit';
import { countReports, type ReportGroup } from '../db/report-stats.js';
import type { Deps } from '../deps.js';
import { bureauDate, plusDays } from '../domain/calendar.js';

/** Counts of one slice. */
export interface ReportCounts {
  total: number;
  overdue: number;
  dueSoon: number;
  byStatus: Record<string, number>;
}

const empty = (): ReportCounts => ({ total: 0, overdue: 0, dueSoon: 0, byStatus: {} });

function add(c: ReportCounts, g: ReportGroup): void {
  c.total += g.total;
  c.overdue += g.overdue;
  c.dueSoon += g.dueSoon;
  c.byStatus[g.status] = (c.byStatus[g.status] ?? 0) + g.total;
}

/** The counts over `region` (which the caller must cover) or all the caller's regions. */
export async function reportStats(deps: Deps, caller: Principal, region: string | undefined) {
  if (region !== undefined && !anyRegionCovers(caller.regions, region)) {
    throw new ForbiddenError(`The token does not cover region ${region}.`);
  }
  const regions = region === undefined ? caller.regions : [region];
  const today = bureauDate(deps.clock());
  const dueSoonBy = plusDays(today, deps.deadlines.dueSoonDays);
  const groups = await countReports(deps.database.db, { regions, today, dueSoonBy });
  const mostOverdue = (a: ReportCounts, b: ReportCounts) =>
    b.overdue - a.overdue || b.total - a.total;
  return {
    regions: [...regions],
    today,
    dueSoonBy,
    ...tallyByRegion(groups, empty, add, mostOverdue),
  };
}
