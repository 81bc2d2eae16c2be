// A hazard reported in a cell becomes a grid task for that cell (DOMAIN.md "Grid dispatch").
// Hazards that came from the grid itself (source `grid`) are already in the grid's hands: the
// case is linked to the grid report it came from instead.
import type { ConsumerSpec } from '@yiwang/service-kit';
import { dispatchGridTask } from '../app/dispatch-grid-task.js';
import { linkReportToHazard } from '../app/link-report-to-hazard.js';
import type { Deps, Schema } from '../deps.js';

interface Reported {
  readonly hazardId: string;
  readonly source: string;
  readonly sourceRef?: string;
  readonly summary: string;
}

/** Consumer spec: `hazards.hazard.reported` → `exchange.gridtask.dispatched`, or a link. */
export function dispatchWhenHazardReported(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'exchange-dispatch-when-hazard-reported',
    filterSubjects: [`${deps.config.EXCHANGE_BUS_PREFIX}.hazards.hazard.reported.*`],
    handler: async (event, { tx }) => {
      if (event.type !== 'yiwang.hazards.hazard.reported.v1') return;
      const data = event.data as Reported;
      if (data.source === 'grid') {
        if (data.sourceRef !== undefined)
          await linkReportToHazard(tx, data.sourceRef, data.hazardId);
        return;
      }
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
