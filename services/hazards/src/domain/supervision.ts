// Types of what watches a case from outside its flow: bureau deadlines missed, enforcement
// after a refused order, and the events of reminders and enforcement (decide-supervision.ts).
import type { IsoDate } from '@yiwang/contracts';

/** A bureau deadline the bureau missed (its duty, the request it concerns, when it was due). */
export interface BureauMiss {
  readonly duty: BureauDuty;
  readonly ref: string;
  readonly dueBy: IsoDate;
  readonly detectedAt: string;
}

/** Deadlines the bureau itself must keep on a major hazard (总局令第16号 art. 23, 24). */
export type BureauDuty = 'extension-decision' | 'resumption-review';

/** Enforcement measures imposed when the enterprise refuses an order. */
export type EnforcementMeasure =
  'stop-production' | 'daily-fine' | 'seal-equipment' | 'suspend-power-supply';

/** Enforcement on a case: in force from `orderedAt` until lifted. */
export interface Enforcement {
  readonly decisionNumber: string;
  readonly measures: readonly EnforcementMeasure[];
  readonly dailyFineFen?: number;
  readonly orderedAt: string;
  readonly orderedOn: IsoDate;
  readonly orderedBy: string;
  readonly reason: string;
  readonly liftedAt?: string;
  readonly liftedOn?: IsoDate;
  readonly liftReason?: string;
}

/** Reminders, missed bureau deadlines and enforcement (decided in decide-supervision.ts). */
export type SupervisionEvent =
  | {
      readonly type: 'hazard.due-soon';
      readonly at: string;
      readonly deadline: IsoDate;
      readonly daysLeft: number;
    }
  | {
      readonly type: 'hazard.bureau-deadline-missed';
      readonly at: string;
      readonly miss: BureauMiss;
      readonly daysLate: number;
    }
  | {
      readonly type: 'hazard.enforcement-ordered';
      readonly at: string;
      readonly enforcement: Enforcement;
    }
  | {
      readonly type: 'hazard.enforcement-lifted';
      readonly at: string;
      readonly by: string;
      readonly liftedOn: IsoDate;
      readonly reason: string;
      readonly finedDays?: number;
      readonly totalFineFen?: number;
    };
