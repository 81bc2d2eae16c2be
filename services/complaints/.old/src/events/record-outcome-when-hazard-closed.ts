// hazards.hazard.closed → the report that spawned the hazard case (source = complaint,
// sourceRef = report id) records the outcome, and the 10-day feedback clock starts.
import { causedBy, type EventHandler } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import { isUuid, loadForUpdate } from '../db/report-store.js';
import type { Deps, Schema } from '../deps.js';
import { decide } from '../domain/report/decide.js';
import { commandContext } from '../app/execute-report-command.js';
import { publishReportEvents } from '../app/publish-report-events.js';

interface HazardClosed {
  hazardId: string;
  source: string;
  sourceRef?: string;
}

/** The durable consumer's name, shared by replicas. */
export const RECORD_OUTCOME_CONSUMER = 'complaints-record-outcome-when-hazard-closed';

export function recordOutcomeWhenHazardClosed(deps: Deps): EventHandler<Schema> {
  return async (event: CloudEvent, { tx, log }) => {
    if (event.type !== 'yiwang.hazards.hazard.closed.v1') return;
    const data = event.data as HazardClosed;
    if (data.source !== 'complaint' || data.sourceRef === undefined || !isUuid(data.sourceRef)) {
      return;
    }
    const report = await loadForUpdate(tx, data.sourceRef);
    if (report === undefined || report.status !== 'substantiated') {
      log.info({ hazardId: data.hazardId }, 'hazard closed: no substantiated report waits for it');
      return;
    }
    const ctx = commandContext(deps, 'system:hazards');
    const events = decide(
      { type: 'record-outcome', outcome: 'hazard-case', hazardId: data.hazardId },
      report,
      ctx,
    );
    await publishReportEvents(deps, tx, report, events, ctx.at, { correlation: causedBy(event) });
  };
}
