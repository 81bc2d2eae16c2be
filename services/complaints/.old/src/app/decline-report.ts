import type { Deps } from '../deps.js';
import type { DeclineReason } from '../domain/report/types.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** Not accepted (不予受理): out of scope, transferred to a department, duplicate, … */
export function declineReport(
  deps: Deps,
  id: string,
  caller: Caller,
  reason: DeclineReason,
  transferredTo?: string,
) {
  return executeReportCommand(deps, id, caller, { type: 'decline', reason, transferredTo });
}
