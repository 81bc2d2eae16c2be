import type { Deps } from '../deps.js';
import type { ReportCommand } from '../domain/report/commands.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

type Verify = Extract<ReportCommand, { type: 'verify-substantiated' | 'verify-unsubstantiated' }>;

/** Records the verification result (核查结果). */
export function verifyReport(deps: Deps, id: string, caller: Caller, command: Verify) {
  return executeReportCommand(deps, id, caller, command);
}
