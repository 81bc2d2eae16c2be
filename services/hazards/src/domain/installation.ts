// A major hazard installation (重大危险源, GB 18218-2018): an enterprise's unit holding
// hazardous substances at or above their critical quantities, graded 1–4 by its R value and
// re-assessed every 3 years (DOMAIN.md "Hazards"). State, events and evolve.
import type { IsoDate } from '@yiwang/contracts';

/** Grade 1 (most dangerous) to 4. */
export type InstallationGrade = 1 | 2 | 3 | 4;

/** A hazardous substance present in the installation (GB 18218-2018 table 1/2). */
export interface Substance {
  readonly name: string;
  readonly casNumber?: string;
  /** Maximum quantity present, q (t). */
  readonly quantityTonnes: number;
  /** Critical quantity, Q (t). */
  readonly criticalTonnes: number;
}

/** The state of one installation. */
export interface Installation {
  readonly id: string;
  readonly uscc: string;
  readonly region: string;
  readonly name: string;
  readonly substances: readonly Substance[];
  readonly rValue: number;
  readonly grade: InstallationGrade;
  readonly sensorIds: readonly string[];
  readonly registeredAt: string;
  readonly lastAssessedOn: IsoDate;
  readonly assessmentReportId?: string;
  readonly nextAssessmentDue: IsoDate;
  /** The due date a reassessment-due event was raised for (once per due date). */
  readonly reassessmentDueFor?: IsoDate;
  readonly version: number;
}

/** What happened to an installation. */
export type InstallationEvent =
  | {
      readonly type: 'installation.registered';
      readonly at: string;
      readonly installation: Omit<Installation, 'version'>;
    }
  | {
      readonly type: 'installation.graded';
      readonly at: string;
      readonly rValue: number;
      readonly grade: InstallationGrade;
      readonly previousGrade: InstallationGrade;
      readonly assessmentReportId: string;
      readonly assessedOn: IsoDate;
      readonly nextAssessmentDue: IsoDate;
      readonly substances?: readonly Substance[];
      readonly sensorIds?: readonly string[];
    }
  | {
      readonly type: 'installation.reassessment-due';
      readonly at: string;
      readonly dueOn: IsoDate;
    };

/** Applies one event (undefined before `installation.registered`). */
export function evolveInstallation(
  s: Installation | undefined,
  e: InstallationEvent,
): Installation {
  if (e.type === 'installation.registered') return { ...e.installation, version: 1 };
  if (s === undefined) throw new Error(`${e.type} before installation.registered`);
  switch (e.type) {
    case 'installation.graded':
      return {
        ...s,
        rValue: e.rValue,
        grade: e.grade,
        assessmentReportId: e.assessmentReportId,
        lastAssessedOn: e.assessedOn,
        nextAssessmentDue: e.nextAssessmentDue,
        ...(e.substances === undefined ? {} : { substances: e.substances }),
        ...(e.sensorIds === undefined ? {} : { sensorIds: e.sensorIds }),
        version: s.version + 1,
      };
    case 'installation.reassessment-due':
      return { ...s, reassessmentDueFor: e.dueOn, version: s.version + 1 };
  }
}
