// Grid reports: queries.
import { inRegions } from '@yiwang/service-kit';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { GridReport } from '../domain/grid-report.js';
import { reportRow, toReport } from './grid-report-rows.js';
import { gridReports } from './tables.js';
import type { Executor } from './types.js';

/** Loads a report, locking it when `forUpdate`. */
export async function findReport(ex: Executor, id: string, forUpdate = false) {
  const q = ex.select().from(gridReports).where(eq(gridReports.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row === undefined ? undefined : toReport(row);
}

/** Inserts a report, or stores its new state. */
export async function saveReport(ex: Executor, r: GridReport) {
  const { id: _id, ...values } = reportRow(r);
  await ex
    .insert(gridReports)
    .values(reportRow(r))
    .onConflictDoUpdate({ target: gridReports.id, set: values });
}

/** A page of reports inside the caller's regions. */
export async function listReports(
  ex: Executor,
  regions: readonly string[],
  filter: { cell?: string | undefined; status?: string | undefined },
  after: string | undefined,
  limit: number,
) {
  const rows = await ex
    .select()
    .from(gridReports)
    .where(
      and(
        after === undefined ? undefined : gt(gridReports.id, after),
        filter.cell === undefined ? undefined : eq(gridReports.gridCellId, filter.cell),
        filter.status === undefined ? undefined : eq(gridReports.status, filter.status),
        inRegions(gridReports.region, regions),
      ),
    )
    .orderBy(asc(gridReports.id))
    .limit(limit + 1);
  return rows.map(toReport);
}
