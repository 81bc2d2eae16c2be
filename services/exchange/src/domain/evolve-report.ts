// A grid report after one of its events, and after the hazard case opened from it is known.
import { assertNever } from './decision.js';
import type { GridReport, ReportEvent } from './grid-report.js';

/** The report after an event. */
export function evolveReport(report: GridReport | undefined, event: ReportEvent): GridReport {
  if (event.type === 'gridreport.received') return event.report;
  if (report === undefined) throw new Error('event applied to a missing report');
  const version = report.version + 1;
  const triaged = { triagedBy: event.by, triagedAt: event.at, version };
  switch (event.type) {
    case 'gridreport.accepted':
      return { ...report, ...triaged, status: 'accepted', dispatchedTaskId: event.taskId };
    case 'gridreport.invalidated':
      return {
        ...report,
        ...triaged,
        status: 'invalid',
        invalidReason: event.reason,
        triageNote: event.note,
      };
    default:
      return assertNever(event);
  }
}

/**
 * Links the hazard case the hazards context opened from this report (DOMAIN.md: "the two
 * stay linked"); undefined when nothing changes (already linked: the first case wins).
 */
export function linkHazard(report: GridReport, hazardId: string): GridReport | undefined {
  if (report.hazardId !== undefined) return undefined;
  return { ...report, hazardId };
}
