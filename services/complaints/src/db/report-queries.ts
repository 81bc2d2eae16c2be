// Read queries of reports: one by id, lists with keyset pagination, tracking lookup.
import { inRegions } from '@yiwang/service-kit';
import { and, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Report } from '../domain/report/state.js';
import type { Tx } from './report-store.js';
import { reports } from './tables.js';

/** A report's state by id. */
export async function findReport(tx: Tx, id: string): Promise<Report | undefined> {
  const [row] = await tx.select({ state: reports.state }).from(reports).where(eq(reports.id, id));
  return row?.state;
}

/** What the tracking lookup needs. */
export async function findByTrackingCode(tx: Tx, code: string) {
  const [row] = await tx
    .select({ state: reports.state, accessKeyHash: reports.accessKeyHash })
    .from(reports)
    .where(eq(reports.trackingCode, code));
  return row;
}

export interface ReportFilter {
  /** Regions the caller may see (GB/T 2260; a city or province covers its children). */
  readonly visibleRegions: readonly string[];
  readonly status?: readonly string[] | undefined;
  readonly region?: string | undefined;
  readonly scope?: string | undefined;
  readonly deadline?: 'due-soon' | 'overdue' | undefined;
  readonly today: string;
  readonly dueSoonBy: string;
  readonly after?: { receivedAt: string; id: string } | undefined;
  readonly limit: number;
}

/** Reports newest first, after the cursor. */
export async function listReports(tx: Tx, f: ReportFilter): Promise<Report[]> {
  const where: (SQL | undefined)[] = [
    inRegions(reports.region, f.visibleRegions),
    f.status === undefined ? undefined : inArray(reports.status, [...f.status]),
    f.region === undefined ? undefined : inRegions(reports.region, [f.region]),
    f.scope === undefined ? undefined : eq(reports.scope, f.scope),
    f.deadline === 'overdue' ? lt(reports.dueBy, f.today) : undefined,
    f.deadline === 'due-soon'
      ? and(gte(reports.dueBy, f.today), lte(reports.dueBy, f.dueSoonBy))
      : undefined,
    f.after === undefined
      ? undefined
      : sql`(${reports.receivedAt}, ${reports.id}) < (${f.after.receivedAt}::timestamptz, ${f.after.id}::uuid)`,
  ];
  const rows = await tx
    .select({ state: reports.state })
    .from(reports)
    .where(and(...where))
    .orderBy(desc(reports.receivedAt), desc(reports.id))
    .limit(f.limit);
  return rows.map((r) => r.state);
}
