// decide() for a statistics filing: only after the period ended, signed by the principal
// (DOMAIN.md "Hazards"), late when filed after the due date. One filing per enterprise and
// period is kept by the store (a second one is a conflict).
import type { IsoDate } from '@yiwang/contracts';
import { accept, reject, type Decision } from './decision.js';
import { HazardCodes as C } from './errors.js';
import { dueOn, formatPeriod, periodEnd, type FilingRules, type PeriodRef } from './periods.js';

/** The hazard figures of a period. */
export interface FilingFigures {
  readonly general: { readonly found: number; readonly rectified: number };
  readonly major: { readonly found: number; readonly rectified: number; readonly listed: number };
  readonly investmentFen: number;
}

/** A filed statistics report. */
export interface Filing extends PeriodRef, FilingFigures {
  readonly id: string;
  readonly uscc: string;
  readonly region: string;
  readonly dueOn: IsoDate;
  readonly filedAt: string;
  readonly late: boolean;
  readonly principalName: string;
  readonly signedByPrincipal: true;
}

/** What the enterprise files. */
export interface FileStatistics extends PeriodRef, FilingFigures {
  readonly id: string;
  readonly uscc: string;
  readonly region: string;
  readonly principalName: string;
  readonly signedByPrincipal: boolean;
  readonly at: string;
  readonly today: IsoDate;
}

/** The filing, or why it is refused. */
export function decideFiling(cmd: FileStatistics, rules: FilingRules): Decision<Filing> {
  if (cmd.today < periodEnd(cmd)) {
    return reject(C.periodNotEnded, `${formatPeriod(cmd)} has not ended yet`);
  }
  if (!cmd.signedByPrincipal) {
    return reject(C.signatureRequired, 'statistics are signed by the principal (主要负责人)');
  }
  const { at, today, signedByPrincipal: _s, ...rest } = cmd;
  const due = dueOn(cmd, rules);
  return accept([
    { ...rest, dueOn: due, filedAt: at, late: today > due, signedByPrincipal: true as const },
  ]);
}
