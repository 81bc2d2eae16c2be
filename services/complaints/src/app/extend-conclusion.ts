// *local* (DOMAIN.md "Complaints"): a supervisor approves more time to conclude a report, up to
// 90 days from acceptance in total (COMPLAINTS_CONCLUDE_MAX_DAYS).
import type { Deps } from '../deps.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** Approves a conclusion time limit of `totalDays` after acceptance; the caller approves. */
export function extendConclusion(
  deps: Deps,
  id: string,
  approver: Caller,
  totalDays: number,
  reason: string,
) {
  return executeReportCommand(deps, id, approver, {
    type: 'extend-conclusion',
    totalDays,
    reason,
  });
}
