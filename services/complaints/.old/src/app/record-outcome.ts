import type { Deps } from '../deps.js';
import type { Outcome } from '../domain/report/types.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** Records how a substantiated report was handled; the feedback clock starts. */
export function recordOutcome(
  deps: Deps,
  id: string,
  caller: Caller,
  outcome: { outcome: Outcome; hazardId?: string | undefined; penaltyCaseId?: string | undefined },
) {
  return executeReportCommand(deps, id, caller, { type: 'record-outcome', ...outcome });
}
