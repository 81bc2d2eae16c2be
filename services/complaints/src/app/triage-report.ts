// Triage (DOMAIN.md "Complaints": received → triaged): staff confirm the scope, pick the summary
// code and industry, write the staff summary. This is also where the report is linked to the
// first report of the same matter (same enterprise, the CONFIRMED scope, within the window),
// inside the transaction, rather than at intake: intake stays one statement, and the link uses
// the scope staff confirmed. The link is informational; the reward decision re-counts the
// matter under the report's lock (db/matter-queries.ts).
import { firstOfMatter } from '../db/matter-queries.js';
import type { Deps } from '../deps.js';
import type { ReportCommand } from '../domain/report/commands.js';
import { matterKey } from '../domain/report/matter.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

type Triage = Omit<Extract<ReportCommand, { type: 'triage' }>, 'type' | 'duplicateOf'>;

/** Triages report `id` and links it to the first report of its matter, if any. */
export function triageReport(deps: Deps, id: string, caller: Caller, fields: Triage) {
  return executeReportCommand(deps, id, caller, async (tx, report) => {
    const windowMs = deps.config.COMPLAINTS_DUPLICATE_WINDOW_DAYS * 86_400_000;
    const since = new Date(Date.parse(report.receivedAt) - windowMs).toISOString();
    const first = await firstOfMatter(tx, {
      key: matterKey(report.enterprise),
      scope: fields.scope,
      since,
      before: report,
    });
    return { type: 'triage', ...fields, duplicateOf: first };
  });
}
