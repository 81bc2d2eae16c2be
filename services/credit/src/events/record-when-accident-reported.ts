// Accidents (hazards context) feed the listing criteria: hazards.accident.reported → an
// accident record with its level; .level-revised → the level of that record is revised (a
// revision can raise it, art. 6(1)); .concealment-flagged → concealed or falsely reported
// (瞒报/谎报, art. 6(4)) is a listing fact, late or missing reporting (迟报/漏报) a bad record.
// The accident's sequence makes a stale revision a no-op.
import { claimAggregateVersion } from '@yiwang/bus';
import type { Static } from '@sinclair/typebox';
import type { hazards } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { recordFromEvent } from '../app/record-from-event.js';
import { rerunRules } from '../app/rerun-rules.js';
import { reviseAccidentLevel } from '../db/records.js';
import type { Deps, Schema } from '../deps.js';

type Reported = Static<typeof hazards.accidentReported.schema>;
type Revised = Static<typeof hazards.accidentLevelRevised.schema>;
type Flagged = Static<typeof hazards.accidentConcealmentFlagged.schema>;

/** Consumer spec. */
export function recordWhenAccidentReported(deps: Deps): ConsumerSpec<Schema> {
  const p = deps.config.CREDIT_BUS_PREFIX;
  return {
    name: 'credit-record-when-accident-reported',
    filterSubjects: [`${p}.hazards.accident.*.*`],
    handler: async (event, { tx }) => {
      switch (event.type) {
        case 'yiwang.hazards.accident.reported.v1': {
          if (!(await claimAggregateVersion(tx, 'credit-accidents', event))) return;
          const d = event.data as Reported;
          await recordFromEvent(deps, tx, event, {
            kind: 'bad-record',
            trigger: 'accident',
            triggerRef: d.accidentId,
            fact: 'accident',
            accidentLevel: d.level,
            summary: `${d.level} accident: ${d.deaths} death(s), ${d.seriousInjuries} serious injuries`,
            occurredAt: d.occurredAt,
          });
          return;
        }
        case 'yiwang.hazards.accident.level-revised.v1': {
          if (!(await claimAggregateVersion(tx, 'credit-accidents', event))) return;
          const d = event.data as Revised;
          const subjects = await reviseAccidentLevel(tx, d.accidentId, d.level);
          for (const subjectId of subjects) await rerunRules(deps, tx, subjectId, event);
          return;
        }
        case 'yiwang.hazards.accident.concealment-flagged.v1': {
          const d = event.data as Flagged;
          const hidden = d.violation === 'concealed' || d.violation === 'false';
          await recordFromEvent(deps, tx, event, {
            kind: 'bad-record',
            trigger: 'accident-concealment',
            triggerRef: d.accidentId,
            ...(hidden ? { fact: 'accident-concealment' as const } : {}),
            ...(d.level === undefined ? {} : { accidentLevel: d.level }),
            summary: `Accident ${d.accidentId} reported ${d.violation} (found via ${d.detectedVia})`,
            occurredAt: d.flaggedAt,
          });
          return;
        }
        default:
          return;
      }
    },
  };
}
