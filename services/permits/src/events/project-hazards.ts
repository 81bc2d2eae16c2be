// hazards.hazard.* → which major hazards of a holder are overdue (and listed, 挂牌督办), then
// the holder's licences are reconciled: an overdue (listed) major hazard suspends them until
// it is rectified, closed or its deadline extended (DOMAIN.md "Hazards": overdue major hazards
// feed permits). The overdue fact is ordered by sequence, so a late redelivery of an old
// overdue event never re-opens it.
import { causedBy } from '@yiwang/bus';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { reconcileHolder } from '../app/reconcile-holder.js';
import { lockHolder } from '../db/locks.js';
import { projectHazard } from '../db/projections.js';
import type { Deps, Schema } from '../deps.js';

const EVENTS = ['graded', 'listed', 'overdue', 'rectified', 'closed', 'extension-decided'];

/** Consumer spec. */
export function projectHazards(deps: Deps): ConsumerSpec<Schema> {
  const prefix = deps.config.PERMITS_BUS_PREFIX;
  return {
    name: 'permits-project-hazards',
    filterSubjects: EVENTS.map((e) => `${prefix}.hazards.hazard.${e}.*`),
    handler: async (event, { tx }) => {
      const d = event.data as { hazardId: string; level?: string; decision?: string };
      const uscc = event.enterprise ?? null;
      const base = { hazardId: d.hazardId, uscc, at: new Date(event.time) };
      // Holder first, as every writer does (no lock-order inversion with the reconciliation).
      if (uscc !== null) await lockHolder(tx, uscc);
      switch (event.type) {
        case 'yiwang.hazards.hazard.graded.v1':
          await projectHazard(tx, { ...base, major: d.level === 'major' });
          return;
        case 'yiwang.hazards.hazard.listed.v1':
          await projectHazard(tx, { ...base, major: true, listed: true });
          break;
        case 'yiwang.hazards.hazard.overdue.v1':
          if (d.level !== 'major') return;
          await projectHazard(tx, { ...base, major: true, overdueSeq: event.sequence });
          break;
        case 'yiwang.hazards.hazard.rectified.v1':
        case 'yiwang.hazards.hazard.closed.v1':
          await projectHazard(tx, { ...base, clearedSeq: event.sequence });
          break;
        case 'yiwang.hazards.hazard.extension-decided.v1':
          if (d.decision !== 'approved') return;
          await projectHazard(tx, { ...base, clearedSeq: event.sequence });
          break;
        default:
          return;
      }
      if (uscc === null) return;
      await reconcileHolder(deps, tx, uscc, causedBy(event));
    },
  };
}
