// The accident history from the hazards context's accident reports (事故直报): the level of
// each accident, revised when hazards revises it, feeds the floating premium (DOMAIN.md
// "Accidents feed … insurance (premium factors, claims)"). Stale events are ignored per
// accident (`sequence`).
import { claimAggregateVersion } from '@yiwang/bus';
import type { hazards } from '@yiwang/contracts';
import type { Static } from '@sinclair/typebox';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { localDate } from '../app/local-date.js';
import { insertAccidentIfNew, reviseAccidentLevel, upsertAccident } from '../db/risk.js';
import type { Deps, Schema } from '../deps.js';

type Reported = Static<typeof hazards.accidentReported.schema>;
type Revised = Static<typeof hazards.accidentLevelRevised.schema>;
type Flagged = Static<typeof hazards.accidentConcealmentFlagged.schema>;

const localDay = (iso: string) => localDate(new Date(iso));

/** Consumer spec: `hazards.accident.*` → `accidents`. */
export function projectAccidents(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'insurance-project-accidents',
    filterSubjects: [`${deps.config.INSURANCE_BUS_PREFIX}.hazards.accident.*.*`],
    handler: async (event, { tx, log }) => {
      if (event.enterprise === undefined) {
        log.info({ accident: event.subject }, 'accident names no enterprise: not in any history');
        return;
      }
      if (!(await claimAggregateVersion(tx, 'accidents', event))) return;
      const at = new Date(event.time);
      const row = { id: event.subject, uscc: event.enterprise, source: 'hazards', updatedAt: at };
      switch (event.type) {
        case 'yiwang.hazards.accident.reported.v1': {
          const d = event.data as Reported;
          await upsertAccident(tx, { ...row, level: d.level, occurredOn: localDay(d.occurredAt) });
          return;
        }
        case 'yiwang.hazards.accident.level-revised.v1':
          await reviseAccidentLevel(tx, event.subject, (event.data as Revised).level, at);
          return;
        case 'yiwang.hazards.accident.concealment-flagged.v1': {
          // A concealed accident found later counts from when it was flagged, at the level
          // known then (general when none is given); a reported one keeps its report.
          const d = event.data as Flagged;
          await insertAccidentIfNew(tx, {
            ...row,
            level: d.level ?? 'general',
            occurredOn: localDay(d.flaggedAt),
          });
          return;
        }
        default:
          return;
      }
    },
  };
}
