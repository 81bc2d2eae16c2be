// Triage of a grid report by the grid centre (DOMAIN.md "Grid dispatch": reported → accepted |
// invalid → dispatched, the SLA starts). Accepting dispatches a task for the report's cell in
// the same decision, so a report is never accepted without its task.
import { decideDispatch } from './decide-dispatch.js';
import { accept, assertNever, reject, type Decision } from './decision.js';
import type { GridCell, TaskCategory, TaskEvent } from './grid.js';
import {
  TASK_CATEGORY_OF,
  type GridReport,
  type InvalidReason,
  type ReportEvent,
} from './grid-report.js';

/** The grid centre's decision on a report. */
export type ReportTriage =
  | {
      readonly decision: 'accept';
      /** Overrides the category the report's own category maps to. */
      readonly category?: TaskCategory | undefined;
      readonly summary?: string | undefined;
    }
  | { readonly decision: 'invalid'; readonly reason: InvalidReason; readonly note?: string };

/** Who triages, when, and the task to make. */
export interface TriageContext {
  readonly by: string;
  readonly at: Date;
  readonly taskId: string;
  readonly slaHours: number;
}

/** Decides a triage: report events, plus the dispatched task when accepted. */
export function decideReportTriage(
  report: GridReport,
  triage: ReportTriage,
  cell: GridCell | undefined,
  ctx: TriageContext,
): Decision<ReportEvent | TaskEvent> {
  if (report.status !== 'reported') {
    return reject(
      'EXCHANGE.GRID_REPORT_ILLEGAL_TRANSITION',
      `Report ${report.id} is ${report.status}; only a reported report can be triaged.`,
      { from: report.status, to: triage.decision === 'accept' ? 'accepted' : 'invalid' },
    );
  }
  const at = ctx.at.toISOString();
  const about = { reportId: report.id, gridCellId: report.gridCellId, hazardId: report.hazardId };
  switch (triage.decision) {
    case 'invalid':
      return accept([
        {
          type: 'gridreport.invalidated',
          ...about,
          reason: triage.reason,
          note: triage.note,
          by: ctx.by,
          at,
        },
      ]);
    case 'accept': {
      const dispatch = decideDispatch(
        {
          taskId: ctx.taskId,
          origin: 'grid-report',
          originType: 'yiwang.exchange.gridreport.received.v1',
          originRef: report.id,
          category: triage.category ?? TASK_CATEGORY_OF[report.category],
          summary: triage.summary ?? report.summary,
          enterprise: report.enterprise,
          at: ctx.at,
          slaHours: ctx.slaHours,
        },
        cell,
        undefined,
      );
      if (!dispatch.ok) return dispatch;
      const accepted = {
        type: 'gridreport.accepted' as const,
        ...about,
        taskId: ctx.taskId,
        by: ctx.by,
        at,
      };
      return accept([accepted, ...dispatch.events]);
    }
    default:
      return assertNever(triage);
  }
}
