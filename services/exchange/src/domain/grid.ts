// Grid governance (DOMAIN.md "Grid dispatch"): cells, tasks and their loop
// dispatched → accepted → handling → feedback → verified → closed → evaluated.

/** A grid cell (网格) below a township. */
export interface GridCell {
  readonly id: string;
  readonly region: string;
  readonly township: string;
  readonly name: string;
  readonly worker?: string | undefined;
}

/** Where a task came from. */
export type TaskOrigin = 'hazard' | 'iot-alarm' | 'grid-report' | 'inspection-plan';

/** What the worker is asked to do. */
export type TaskCategory = 'safety-hazard' | 'alarm-check' | 'inspection' | 'other';

/** Status of a task in the grid loop. */
export type TaskStatus =
  'dispatched' | 'accepted' | 'handling' | 'feedback' | 'verified' | 'closed' | 'evaluated';

/** How a closed task ended. */
export type TaskResult = 'resolved' | 'not-reproducible' | 'transferred' | 'invalid';

/** A grid task. */
export interface GridTask {
  readonly id: string;
  readonly gridCellId: string;
  readonly region: string;
  readonly enterprise?: string | undefined;
  readonly origin: TaskOrigin;
  readonly originType: string;
  readonly originRef: string;
  readonly category: TaskCategory;
  readonly summary?: string | undefined;
  readonly status: TaskStatus;
  readonly assignee?: string | undefined;
  readonly result?: TaskResult | undefined;
  readonly evaluation?: number | undefined;
  readonly dispatchedAt: string;
  readonly dueAt: string;
  readonly closedAt?: string | undefined;
  /** When the SLA was found broken (once per task). */
  readonly overdueAt?: string | undefined;
  readonly version: number;
}

/** What happened to a task. */
export type TaskEvent =
  | { readonly type: 'gridtask.dispatched'; readonly task: GridTask }
  | {
      readonly type: 'gridtask.updated';
      readonly taskId: string;
      readonly status: 'accepted' | 'handling' | 'feedback' | 'verified';
      readonly by: string;
      readonly note?: string | undefined;
      readonly photos: readonly string[];
      readonly at: string;
    }
  | {
      readonly type: 'gridtask.closed';
      readonly taskId: string;
      readonly result: TaskResult;
      readonly withinSla: boolean;
      readonly at: string;
    }
  | {
      readonly type: 'gridtask.overdue';
      readonly taskId: string;
      readonly gridCellId: string;
      readonly status: Exclude<TaskStatus, 'closed' | 'evaluated'>;
      readonly assignee?: string | undefined;
      readonly dueAt: string;
      readonly at: string;
    }
  | {
      readonly type: 'gridtask.evaluated';
      readonly taskId: string;
      readonly evaluation: number;
      readonly by: string;
      readonly at: string;
    };
