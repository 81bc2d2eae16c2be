import type { Deps } from '../deps.js';
import type { ExtensionReason } from '../domain/report/types.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

/** The one extension of verification, approved by the caller (a supervisor). */
export function extendVerification(
  deps: Deps,
  id: string,
  approver: Caller,
  days: number,
  reasonCode: ExtensionReason,
  reason: string,
) {
  return executeReportCommand(deps, id, approver, {
    type: 'extend-verification',
    days,
    reasonCode,
    reason,
  });
}
