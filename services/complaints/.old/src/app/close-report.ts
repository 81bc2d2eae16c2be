import type { Deps } from '../deps.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** Closes a report whose work is done (办结). */
export function closeReport(deps: Deps, id: string, caller: Caller) {
  return executeReportCommand(deps, id, caller, { type: 'close' });
}
