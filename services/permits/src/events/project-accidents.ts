// hazards.accident.reported / level-revised → the accident projection: whether a licence
// term had a fatal accident (安全生产许可证条例 art. 9: otherwise renewal without review).
// Revised figures replace the reported ones (the latest sequence wins).
import type { ConsumerSpec } from '@yiwang/service-kit';
import { projectAccident } from '../db/projections.js';
import type { Deps, Schema } from '../deps.js';

/** Consumer spec. */
export function projectAccidents(deps: Deps): ConsumerSpec<Schema> {
  const prefix = deps.config.PERMITS_BUS_PREFIX;
  return {
    name: 'permits-project-accidents',
    filterSubjects: [
      `${prefix}.hazards.accident.reported.*`,
      `${prefix}.hazards.accident.level-revised.*`,
    ],
    handler: async (event, { tx }) => {
      const reported = event.type === 'yiwang.hazards.accident.reported.v1';
      if (!reported && event.type !== 'yiwang.hazards.accident.level-revised.v1') return;
      const d = event.data as { accidentId: string; deaths: number; occurredAt?: string };
      await projectAccident(tx, {
        accidentId: d.accidentId,
        uscc: event.enterprise ?? null,
        occurredAt: d.occurredAt === undefined ? null : new Date(d.occurredAt),
        deaths: d.deaths,
        seq: event.sequence,
        at: new Date(event.time),
      });
    },
  };
}
