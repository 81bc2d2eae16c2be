import type { Deps } from '../deps.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** The reporter claimed the reward (within 60 days of notice). */
export function claimReward(deps: Deps, id: string, caller: Caller) {
  return executeReportCommand(deps, id, caller, { type: 'claim-reward' });
}
