// Contract events of reminders, missed bureau deadlines and enforcement (the rest of the
// hazard events are mapped in contract-events.ts, the one place that calls this).
import { createEvent, hazards as c, type CloudEvent } from '@yiwang/contracts';
import { assertNever } from '../domain/decision.js';
import type { Hazard, SupervisionEvent } from '../domain/hazard.js';

/** Envelope fields the caller computed (id, sequence, region, enterprise, subject, causation). */
type Base = Omit<Parameters<typeof createEvent>[1], 'data'>;

/** The CloudEvent of a supervision event of case `h` (the state after the event). */
export function supervisionContractEvent(e: SupervisionEvent, h: Hazard, base: Base): CloudEvent {
  const hazardId = h.id;
  const level = h.level ?? 'general';
  switch (e.type) {
    case 'hazard.due-soon':
      return createEvent(c.hazardDueSoon, {
        ...base,
        data: { hazardId, level, deadline: e.deadline, daysLeft: e.daysLeft, detectedAt: e.at },
      });
    case 'hazard.bureau-deadline-missed':
      return createEvent(c.hazardBureauDeadlineMissed, {
        ...base,
        data: {
          hazardId,
          level,
          duty: e.miss.duty,
          ref: e.miss.ref,
          dueBy: e.miss.dueBy,
          daysLate: e.daysLate,
          detectedAt: e.at,
        },
      });
    case 'hazard.enforcement-ordered': {
      const x = e.enforcement;
      return createEvent(c.hazardEnforcementOrdered, {
        ...base,
        data: {
          hazardId,
          measures: [...x.measures],
          decisionNumber: x.decisionNumber,
          ...(x.dailyFineFen === undefined ? {} : { dailyFineFen: x.dailyFineFen }),
          orderedAt: x.orderedAt,
          orderedBy: x.orderedBy,
          reason: x.reason,
        },
      });
    }
    case 'hazard.enforcement-lifted':
      return createEvent(c.hazardEnforcementLifted, {
        ...base,
        data: {
          hazardId,
          decisionNumber: h.enforcement?.decisionNumber ?? 'unknown',
          liftedAt: e.at,
          liftedBy: e.by,
          reason: e.reason,
          ...(e.finedDays === undefined ? {} : { finedDays: e.finedDays }),
          ...(e.totalFineFen === undefined ? {} : { totalFineFen: e.totalFineFen }),
        },
      });
    default:
      return assertNever(e);
  }
}
