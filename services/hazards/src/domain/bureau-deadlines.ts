// The bureau's own deadlines on a major hazard: an extension request is decided within 10
// working days, and the on-site review happens within 10 days of a resumption application
// (总局令第16号 art. 23, 24; DOMAIN.md "Hazards"). At most one is pending at a time.
import type { IsoDate } from '@yiwang/contracts';
import type { BureauDuty, Hazard } from './hazard.js';

/** The bureau deadline pending on a case, and whether it was already flagged missed. */
export interface PendingBureauDeadline {
  readonly duty: BureauDuty;
  /** The extension request or resumption application it concerns. */
  readonly ref: string;
  readonly dueBy: IsoDate;
  readonly missed: boolean;
}

/** The pending bureau deadline, or undefined when the case waits on nobody at the bureau. */
export function pendingBureauDeadline(s: Hazard): PendingBureauDeadline | undefined {
  const pending = pendingDuty(s);
  if (pending === undefined) return undefined;
  const missed = (s.bureauMissed ?? []).some(
    (m) => m.duty === pending.duty && m.ref === pending.ref,
  );
  return { ...pending, missed };
}

function pendingDuty(s: Hazard): Omit<PendingBureauDeadline, 'missed'> | undefined {
  if (s.status === 'extension-requested' && s.extension !== undefined) {
    const { requestId: ref, decisionDueBy: dueBy } = s.extension;
    return { duty: 'extension-decision', ref, dueBy };
  }
  if (s.status === 'resumption-applied' && s.reviewDueBy !== undefined) {
    // Cases applied before the application id was kept are keyed by their due date.
    const ref = s.resumptionApplicationId ?? `review-${s.reviewDueBy}`;
    return { duty: 'resumption-review', ref, dueBy: s.reviewDueBy };
  }
  return undefined;
}
