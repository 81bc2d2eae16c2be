// A hazard reported in a cell becomes a grid task for that cell (DOMAIN.md "Grid dispatch").
// Hazards that came from the grid itself (source `grid`) are already in the grid's hands.
import type { ConsumerSpec } from '@yiwang/service-kit';
import { dispatchGridTask } from '../app/dispatch-grid-task.js';
import type { Deps, Schema } from '../deps.js';

/** Consumer spec: `hazards.hazard.reported` → `exchange.gridtask.dispatched`. */
export function dispatchWhenHazardReported(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'exchange-dispatch-when-hazard-reported',
    filterSubjects: [`${deps.config.EXCHANGE_BUS_PREFIX}.hazards.hazard.reported.*`],
    handler: async (event, { tx }) => {
      if (event.type !== 'yiwang.hazards.hazard.reported.v1') return;
      const data = event.data as { hazardId: string; source: string; summary: string };
      if (data.source === 'grid') return;
      await dispatchGridTask(deps, tx, event, {
        origin: 'hazard',
        originType: event.type,
        originRef: data.hazardId,
        category: 'safety-hazard',
        summary: data.summary,
        slaHours: deps.config.EXCHANGE_GRID_TASK_SLA_HOURS,
      });
    },
  };
}
