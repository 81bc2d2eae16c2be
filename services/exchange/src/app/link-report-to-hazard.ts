// The hazards context opened a case from a grid report (`hazard.reported`, source `grid`,
// sourceRef = the report): the report records the case, so answers to the report's task name
// it and hazards links them to the same case (DOMAIN.md "Grid dispatch": the two stay linked).
import { linkHazard } from '../domain/evolve-report.js';
import { findReport, saveReport } from '../db/grid-reports.js';
import type { Executor } from '../db/types.js';

/** Links report `reportId` to `hazardId`; a report this exchange does not know is ignored. */
export async function linkReportToHazard(
  tx: Executor,
  reportId: string,
  hazardId: string,
): Promise<boolean> {
  const report = await findReport(tx, reportId, true);
  const linked = report === undefined ? undefined : linkHazard(report, hazardId);
  if (linked === undefined) return false;
  await saveReport(tx, linked);
  return true;
}
