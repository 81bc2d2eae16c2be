// Accident domain events → contract events (the accident half of the one mapping).
// A late report is also flagged (迟报), so credit learns of the violation.
import type { Causation } from '@yiwang/bus';
import { createEvent, hazards as c, type CloudEvent } from '@yiwang/contracts';
import type { Accident, AccidentEvent } from '../domain/accident.js';

/** The CloudEvents of an accident event (after it was applied to `a`). */
export function accidentContractEvents(
  e: AccidentEvent,
  a: Accident,
  ids: () => string,
  actor: string,
  causation?: Causation,
): CloudEvent[] {
  const base = {
    sequence: a.version,
    region: a.region,
    enterprise: a.uscc,
    subject: a.id,
    ...causation,
  };
  const figures = {
    deaths: a.deaths,
    seriousInjuries: a.seriousInjuries,
    missing: a.missing,
    directLossFen: a.directLossFen,
  };
  if (e.type === 'accident.level-revised') {
    return [
      createEvent(c.accidentLevelRevised, {
        ...base,
        id: ids(),
        time: e.at,
        data: {
          accidentId: a.id,
          revision: e.revision,
          revisedAt: e.at,
          ...figures,
          previousLevel: e.previousLevel,
          level: e.level,
          reason: e.reason,
        },
      }),
    ];
  }
  const reported = createEvent(c.accidentReported, {
    ...base,
    id: ids(),
    time: a.reportedAt,
    data: {
      accidentId: a.id,
      industry: a.industry as never,
      kind: a.kind as never,
      occurredAt: a.occurredAt,
      learnedAt: a.learnedAt,
      reportedAt: a.reportedAt,
      timeliness: a.timeliness,
      ...figures,
      level: a.level,
      roadTrafficOrFire: a.roadTrafficOrFire,
      summary: a.summary,
    },
  });
  if (a.timeliness === 'on-time') return [reported];
  const flagged = createEvent(c.accidentConcealmentFlagged, {
    ...base,
    id: ids(),
    time: a.reportedAt,
    data: {
      accidentId: a.id,
      violation: 'late',
      detectedVia: 'other',
      level: a.level,
      deaths: a.deaths,
      flaggedAt: a.reportedAt,
      flaggedBy: actor,
    },
  });
  return [reported, flagged];
}
