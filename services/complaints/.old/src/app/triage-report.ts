import type { Deps } from '../deps.js';
import type { ReportCommand } from '../domain/report/commands.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** Triage: confirm the scope, pick the summary code and industry, write the staff summary. */
export function triageReport(
  deps: Deps,
  id: string,
  caller: Caller,
  fields: Omit<Extract<ReportCommand, { type: 'triage' }>, 'type'>,
) {
  return executeReportCommand(deps, id, caller, { type: 'triage', ...fields });
}
