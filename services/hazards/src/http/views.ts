// Case → HTTP view (drops undefined members so the closed response schema holds).
import type { Static } from '@sinclair/typebox';
import type { StoredHazard } from '../db/hazards.js';
import type { Hazard } from '../domain/hazard.js';
import type { HazardView } from './schemas/hazard.js';

/** The view of a case; `overdue` while the current deadline has passed unfixed. */
export function hazardView(
  h: Hazard,
  enterprise: Pick<StoredHazard, 'enterpriseName' | 'industry'>,
): Static<typeof HazardView> {
  const view = {
    ...h,
    enterpriseName: enterprise.enterpriseName,
    industry: enterprise.industry,
    overdue: h.overdueFor !== undefined && h.overdueFor === h.deadline && h.status !== 'closed',
  };
  return JSON.parse(JSON.stringify(view)) as Static<typeof HazardView>;
}
