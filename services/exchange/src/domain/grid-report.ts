// A grid worker's report and its triage (DOMAIN.md "Grid dispatch": reported with photo, GPS,
// cell, category → accepted | invalid; an accepted report is dispatched as a grid task). A
// report answering a task is attached to that task (no triage: the task is already dispatched).
import type { TaskCategory } from './grid.js';

/** Categories of grid reports. */
export type ReportCategory = 'safety-hazard' | 'fire-risk' | 'illegal-operation' | 'other';

/** Where a report stands: triage happens once, for reports that answer no task. */
export type ReportStatus = 'reported' | 'accepted' | 'invalid' | 'attached';

/** Why the grid centre found a report invalid. */
export type InvalidReason = 'duplicate' | 'out-of-scope' | 'not-verifiable' | 'other';

/** A received report. */
export interface GridReport {
  readonly id: string;
  readonly gridCellId: string;
  readonly region: string;
  readonly worker: string;
  readonly category: ReportCategory;
  readonly summary: string;
  readonly position: { readonly lat: number; readonly lng: number };
  readonly photos: readonly string[];
  readonly enterprise?: string | undefined;
  readonly taskId?: string | undefined;
  /** The hazard case the report belongs to (the task's, or the one opened from it). */
  readonly hazardId?: string | undefined;
  readonly reportedAt: string;
  readonly receivedAt: string;
  readonly status: ReportStatus;
  readonly dispatchedTaskId?: string | undefined;
  readonly invalidReason?: InvalidReason | undefined;
  readonly triageNote?: string | undefined;
  readonly triagedBy?: string | undefined;
  readonly triagedAt?: string | undefined;
  readonly version: number;
}

/** What happened to a report. */
export type ReportEvent =
  | { readonly type: 'gridreport.received'; readonly report: GridReport }
  | {
      readonly type: 'gridreport.accepted';
      readonly reportId: string;
      readonly gridCellId: string;
      readonly hazardId?: string | undefined;
      readonly taskId: string;
      readonly by: string;
      readonly at: string;
    }
  | {
      readonly type: 'gridreport.invalidated';
      readonly reportId: string;
      readonly gridCellId: string;
      readonly hazardId?: string | undefined;
      readonly reason: InvalidReason;
      readonly note?: string | undefined;
      readonly by: string;
      readonly at: string;
    };

/** The task category a report becomes unless the grid centre names another. */
export const TASK_CATEGORY_OF: Readonly<Record<ReportCategory, TaskCategory>> = {
  'safety-hazard': 'safety-hazard',
  'fire-risk': 'safety-hazard',
  'illegal-operation': 'inspection',
  other: 'other',
};
