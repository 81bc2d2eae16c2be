// The one place where installation domain events become contract events (STYLE.md rule 3).
import { createEvent, hazards as c, type CloudEvent } from '@yiwang/contracts';
import type { Causation } from '@yiwang/bus';
import { assertNever } from '../domain/decision.js';
import type { Installation, InstallationEvent } from '../domain/installation.js';

/** The CloudEvent of `e`; `i` is the installation after it (its version is the sequence). */
export function installationContractEvent(
  e: InstallationEvent,
  i: Installation,
  id: string,
  causation?: Causation,
): CloudEvent {
  const base = {
    id,
    time: e.at,
    subject: i.id,
    region: i.region,
    enterprise: i.uscc,
    sequence: i.version,
    ...causation,
  };
  const installationId = i.id;
  switch (e.type) {
    case 'installation.registered':
      return createEvent(c.installationRegistered, {
        ...base,
        data: {
          installationId,
          name: i.name,
          substances: i.substances.map((s) => ({ ...s })),
          rValue: i.rValue,
          grade: i.grade,
          registeredAt: i.registeredAt,
          nextAssessmentDue: i.nextAssessmentDue,
          sensorIds: [...i.sensorIds],
          lastAssessedOn: i.lastAssessedOn,
        },
      });
    case 'installation.graded':
      return createEvent(c.installationGraded, {
        ...base,
        data: {
          installationId,
          rValue: e.rValue,
          grade: e.grade,
          previousGrade: e.previousGrade,
          assessmentReportId: e.assessmentReportId,
          gradedAt: e.at,
          nextAssessmentDue: e.nextAssessmentDue,
          ...(e.sensorIds === undefined ? {} : { sensorIds: [...e.sensorIds] }),
        },
      });
    case 'installation.reassessment-due':
      return createEvent(c.installationReassessmentDue, {
        ...base,
        data: { installationId, grade: i.grade, lastAssessedOn: i.lastAssessedOn, dueOn: e.dueOn },
      });
    default:
      return assertNever(e);
  }
}
