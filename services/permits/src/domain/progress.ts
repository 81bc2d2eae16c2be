// The public progress of an application (最多跑一次: the applicant follows every step online).
// Each step the applicant or the public may know becomes one entry with a fixed public note;
// internal notes, findings, inspectors and reasons stay out (they are shown to the applicant
// in its own authenticated view, never on the public page).
import type { IsoDate } from '@yiwang/contracts';
import type { Application, ApplicationEvent } from './application.js';
import { assertNever } from './decision.js';

export type ProgressStep =
  | 'submitted'
  | 'supplement-requested'
  | 'supplement-provided'
  | 'accepted'
  | 'credit-checked'
  | 'reviewed'
  | 'inspected'
  | 'expert-review-started'
  | 'expert-review-completed'
  | 'decided'
  | 'licence-issued'
  | 'licence-renewed';

/** One public entry. */
export interface ProgressEntry {
  readonly step: ProgressStep;
  readonly status: 'in-progress' | 'waiting-for-applicant' | 'completed' | 'refused';
  readonly note: string;
  readonly recordedAt: string;
  /** The next deadline the public may know (none while the clock is paused). */
  readonly nextDeadline?: IsoDate;
}

/** The public entry of an event (after it was applied to `a`), or undefined. */
export function progressOf(e: ApplicationEvent, a: Application): ProgressEntry | undefined {
  const entry = (
    step: ProgressStep,
    status: ProgressEntry['status'],
    note: string,
    nextDeadline?: IsoDate,
  ): ProgressEntry => ({
    step,
    status,
    note,
    recordedAt: e.at,
    ...(nextDeadline === undefined ? {} : { nextDeadline }),
  });
  const due = a.decisionDueBy;
  switch (e.type) {
    case 'application.drafted':
    case 'application.evidence-attached':
    case 'application.note-added':
      return undefined;
    case 'application.submitted':
      return entry(
        'submitted',
        'in-progress',
        'Application received; being checked for completeness.',
        e.noticeDueBy,
      );
    case 'application.supplement-requested':
      return entry(
        'supplement-requested',
        'waiting-for-applicant',
        `Documents missing for ${e.missing.length} condition(s); one notice lists them all.`,
        e.dueBy,
      );
    case 'application.supplement-provided':
      return entry(
        'supplement-provided',
        'in-progress',
        'Missing documents received.',
        e.noticeDueBy,
      );
    case 'application.accepted':
      return entry(
        'accepted',
        'in-progress',
        e.deemed
          ? 'Accepted (no defect notice within the notice period).'
          : 'Accepted; the decision deadline runs.',
        e.decisionDueBy,
      );
    case 'application.credit-checked':
      return e.check.result === 'clear'
        ? entry('credit-checked', 'in-progress', 'Credit check done.', due)
        : entry(
            'credit-checked',
            'refused',
            'Credit check done: the application cannot be granted.',
          );
    case 'application.documents-reviewed':
      return entry('reviewed', 'in-progress', 'Documents reviewed against the checklist.', due);
    case 'application.inspected':
      return entry('inspected', 'in-progress', 'Site inspection done.', due);
    case 'application.expert-review-started':
      return entry(
        'expert-review-started',
        'in-progress',
        'Expert review under way; the deadline is paused.',
      );
    case 'application.expert-review-completed':
      return entry(
        'expert-review-completed',
        'in-progress',
        'Expert review finished; the deadline runs again.',
        e.decisionDueBy,
      );
    case 'application.decided':
      return e.decision.outcome === 'approved'
        ? entry('decided', 'in-progress', 'Approved.')
        : entry(
            'decided',
            'refused',
            'Not granted; the written decision with appeal information was sent to the applicant.',
          );
    case 'application.licence-issued':
      return e.licence.renewal
        ? entry('licence-renewed', 'completed', `Licence renewed until ${e.licence.validUntil}.`)
        : entry(
            'licence-issued',
            'completed',
            `Licence issued, valid until ${e.licence.validUntil}.`,
          );
    default:
      return assertNever(e);
  }
}
