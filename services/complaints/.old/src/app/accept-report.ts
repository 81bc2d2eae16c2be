import type { Deps } from '../deps.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** Acceptance (受理): the 60-day verification clock starts. */
export function acceptReport(deps: Deps, id: string, caller: Caller) {
  return executeReportCommand(deps, id, caller, { type: 'accept' });
}
