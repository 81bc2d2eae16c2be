import { assertRegionAccess, type Principal } from '@yiwang/service-kit';
import { isUuid } from '../db/report-store.js';
import { findReport } from '../db/report-queries.js';
import type { Deps } from '../deps.js';
import type { Report } from '../domain/report/state.js';
import { reportNotFound } from './run-in-transaction.js';

/** One report for staff, if the caller's regions cover it. */
export async function getReport(deps: Deps, id: string, caller: Principal): Promise<Report> {
  const report = isUuid(id) ? await findReport(deps.database.db, id) : undefined;
  if (report === undefined) throw reportNotFound(id);
  assertRegionAccess(caller, report.place.region);
  return report;
}
