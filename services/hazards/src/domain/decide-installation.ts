// decide() for major hazard installations: registration (a major hazard only when Σ q/Q ≥ 1),
// re-assessment with a new R (graded again, next due in 3 years) and the reminder that a
// re-assessment is due (once per due date). Pure: clock, ids and rules come in.
import type { IsoDate } from '@yiwang/contracts';
import { addMonths, addDays } from './dates.js';
import { accept, assertNever, reject, type Decision } from './decision.js';
import { HazardCodes as C } from './errors.js';
import { criticalRatio, gradeFor, type GradeThresholds } from './installation-grade.js';
import type { Installation, InstallationEvent, Substance } from './installation.js';

/** Configured installation rules. */
export interface InstallationRules {
  readonly thresholds: GradeThresholds;
  /** Re-assessed every N years (3). */
  readonly reassessYears: number;
  /** The reassessment-due reminder goes out N days before the date (*default* 30). */
  readonly dueLeadDays: number;
}

interface Base {
  readonly at: string;
  readonly today: IsoDate;
}

/** Commands on an installation. */
export type InstallationCommand =
  | (Base & {
      readonly kind: 'register';
      readonly installation: Omit<
        Installation,
        'grade' | 'nextAssessmentDue' | 'version' | 'reassessmentDueFor' | 'registeredAt'
      >;
    })
  | (Base & {
      readonly kind: 'reassess';
      readonly rValue: number;
      readonly assessmentReportId: string;
      readonly assessedOn: IsoDate;
      readonly substances?: readonly Substance[];
      readonly sensorIds?: readonly string[];
    })
  | (Base & { readonly kind: 'mark-reassessment-due' });

type D = Decision<InstallationEvent>;

/** Decides a command against the installation (undefined: not registered yet). */
export function decideInstallation(
  cmd: InstallationCommand,
  s: Installation | undefined,
  rules: InstallationRules,
): D {
  const due = (on: IsoDate) => addMonths(on, rules.reassessYears * 12);
  if (cmd.kind === 'register') {
    if (s !== undefined) return reject(C.illegalTransition, 'the installation exists');
    const i = cmd.installation;
    const invalid = checkAssessment(i.substances, i.lastAssessedOn, cmd.today);
    if (invalid !== undefined) return invalid;
    const grade = gradeFor(i.rValue, rules.thresholds);
    const installation = {
      ...i,
      grade,
      registeredAt: cmd.at,
      nextAssessmentDue: due(i.lastAssessedOn),
    };
    return accept([{ type: 'installation.registered', at: cmd.at, installation }]);
  }
  if (s === undefined) return reject(C.illegalTransition, `no installation to ${cmd.kind}`);
  switch (cmd.kind) {
    case 'reassess': {
      const substances = cmd.substances ?? s.substances;
      const invalid = checkAssessment(substances, cmd.assessedOn, cmd.today);
      if (invalid !== undefined) return invalid;
      if (cmd.assessedOn < s.lastAssessedOn) {
        return reject(C.timestampInvalid, `the last assessment was on ${s.lastAssessedOn}`);
      }
      const { kind: _k, today: _t, ...rest } = cmd;
      const grade = gradeFor(cmd.rValue, rules.thresholds);
      const nextAssessmentDue = due(cmd.assessedOn);
      const event = { ...rest, type: 'installation.graded' as const, grade, nextAssessmentDue };
      return accept([{ ...event, previousGrade: s.grade }]);
    }
    case 'mark-reassessment-due': {
      if (s.reassessmentDueFor === s.nextAssessmentDue) {
        return reject(C.illegalTransition, 'the reminder for this due date was sent');
      }
      if (cmd.today < addDays(s.nextAssessmentDue, -rules.dueLeadDays)) {
        return reject(C.notDueSoon, `re-assessment due on ${s.nextAssessmentDue}`);
      }
      return accept([
        { type: 'installation.reassessment-due', at: cmd.at, dueOn: s.nextAssessmentDue },
      ]);
    }
    default:
      return assertNever(cmd);
  }
}

function checkAssessment(substances: readonly Substance[], on: IsoDate, today: IsoDate) {
  if (on > today) return reject<InstallationEvent>(C.timestampInvalid, 'assessed in the future');
  const ratio = criticalRatio(substances);
  if (ratio < 1) {
    return reject<InstallationEvent>(
      C.notMajorHazard,
      `Σ q/Q is ${ratio.toFixed(3)}: below 1 the unit is no major hazard installation (GB 18218-2018 §4.2.2)`,
      { ratio },
    );
  }
  return undefined;
}
