import type { Deps } from '../deps.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** The reward was declined, or not claimed in time. */
export function forfeitReward(
  deps: Deps,
  id: string,
  caller: Caller,
  reason: 'not-claimed-in-time' | 'declined',
) {
  return executeReportCommand(deps, id, caller, { type: 'forfeit-reward', reason });
}
