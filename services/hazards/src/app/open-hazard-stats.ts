// The open-hazards view (GET /v1/hazards/stats/open): every case not closed yet, whenever it
// was found, counted by state, region and grade, with the overdue and listed (挂牌督办) ones —
// in total, per region, and as the full region × level × status groups.
import { tallyByRegion } from '@yiwang/service-kit';
import { countOpenHazards, type CountScope, type OpenGroup } from '../db/open-hazard-counts.js';
import type { Deps } from '../deps.js';
import { localDate } from './local-date.js';

/** Counts of one slice of open cases. */
export interface OpenCounts {
  total: number;
  general: number;
  major: number;
  ungraded: number;
  overdue: number;
  overdueMajor: number;
  listed: number;
  byStatus: Record<string, number>;
}

const empty = (): OpenCounts => ({
  total: 0,
  general: 0,
  major: 0,
  ungraded: 0,
  overdue: 0,
  overdueMajor: 0,
  listed: 0,
  byStatus: {},
});

function add(c: OpenCounts, g: OpenGroup): void {
  c.total += g.total;
  c[g.level ?? 'ungraded'] += g.total;
  c.overdue += g.overdue;
  if (g.level === 'major') c.overdueMajor += g.overdue;
  c.listed += g.listed;
  c.byStatus[g.status] = (c.byStatus[g.status] ?? 0) + g.total;
}

/** Computes the view for `scope` as it stands now. */
export async function openHazardStats(deps: Deps, scope: CountScope) {
  const groups = await countOpenHazards(deps.database.db, scope);
  return {
    ...('uscc' in scope ? { uscc: scope.uscc } : { regions: [...scope.regions] }),
    today: localDate(deps.clock.now()),
    ...tallyByRegion(groups, empty, add),
    groups,
  };
}
