// Case → HTTP view (drops undefined members so the closed response schema holds), with what
// the view derives: the overdue flag, the bureau's pending deadline, the fine accrued so far.
import type { Static } from '@sinclair/typebox';
import type { StoredHazard } from '../db/hazards.js';
import { pendingBureauDeadline } from '../domain/bureau-deadlines.js';
import { daysBetween } from '../domain/dates.js';
import type { Hazard } from '../domain/hazard.js';
import type { HazardView } from './schemas/hazard.js';

/** The view of a case on `today`; `overdue` while the current deadline has passed unfixed. */
export function hazardView(
  h: Hazard,
  enterprise: Pick<StoredHazard, 'enterpriseName' | 'industry'>,
  today: string,
): Static<typeof HazardView> {
  const e = h.enforcement;
  const view = {
    ...h,
    enterpriseName: enterprise.enterpriseName,
    industry: enterprise.industry,
    overdue: h.overdueFor !== undefined && h.overdueFor === h.deadline && h.status !== 'closed',
    bureauDeadline: pendingBureauDeadline(h),
    enforcement:
      e === undefined
        ? undefined
        : {
            ...e,
            inForce: e.liftedAt === undefined,
            // 安全生产法 art. 112: from the day after the order until it is lifted.
            accruedFineFen:
              e.dailyFineFen === undefined
                ? undefined
                : Math.max(daysBetween(e.orderedOn, e.liftedOn ?? today), 0) * e.dailyFineFen,
          },
  };
  return JSON.parse(JSON.stringify(view)) as Static<typeof HazardView>;
}
