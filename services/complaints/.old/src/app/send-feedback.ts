import type { Deps } from '../deps.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** Records that the reporter was told the result (within 10 days). */
export function sendFeedback(deps: Deps, id: string, caller: Caller) {
  return executeReportCommand(deps, id, caller, { type: 'send-feedback' });
}
