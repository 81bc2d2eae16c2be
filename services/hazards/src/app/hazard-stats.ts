// The statistics view (GET /v1/hazards/stats): cases found in a period counted by level and
// state, the rectification rate and the overdue count, in total, per region and per
// enterprise; plus the period's filings (due date, filed, late, missing).
import { countCases, countFilings, type CaseGroup } from '../db/hazard-stats.js';
import type { Deps } from '../deps.js';
import { dueOn, formatPeriod, periodEnd, periodStart, type PeriodRef } from '../domain/periods.js';
import { localDate } from './local-date.js';

/** Counts of one slice. */
export interface Counts {
  total: number;
  general: number;
  major: number;
  ungraded: number;
  byStatus: Record<string, number>;
  /** Rectified or further along (rechecked, assessed, resumption-applied, closed). */
  rectified: number;
  overdue: number;
  rectificationRate: number | null;
}

const DONE = new Set(['rectified', 'rechecked', 'assessed', 'resumption-applied', 'closed']);
const empty = (): Counts => ({
  total: 0,
  general: 0,
  major: 0,
  ungraded: 0,
  byStatus: {},
  rectified: 0,
  overdue: 0,
  rectificationRate: null,
});

function add(c: Counts, g: CaseGroup): void {
  c.total += g.n;
  if (g.level === 'general') c.general += g.n;
  else if (g.level === 'major') c.major += g.n;
  else c.ungraded += g.n;
  c.byStatus[g.status] = (c.byStatus[g.status] ?? 0) + g.n;
  if (DONE.has(g.status)) c.rectified += g.n;
  if (g.overdue) c.overdue += g.n;
  c.rectificationRate = Math.round((c.rectified / c.total) * 10_000) / 10_000;
}

/** Computes the view for `regions` and the period; `top` enterprises by case count. */
export async function hazardStats(
  deps: Deps,
  regions: readonly string[],
  p: PeriodRef,
  top: number,
) {
  const { db } = deps.database;
  // Periods are local (UTC+8) calendar periods.
  const from = `${periodStart(p)}T00:00:00+08:00`;
  const to = `${periodEnd(p)}T00:00:00+08:00`;
  const groups = await countCases(db, regions, from, to);
  const totals = empty();
  const byRegion = new Map<string, Counts>();
  const byEnterprise = new Map<string, Counts & { enterpriseName: string | null }>();
  for (const g of groups) {
    add(totals, g);
    const r = byRegion.get(g.region) ?? empty();
    byRegion.set(g.region, r);
    add(r, g);
    const e = byEnterprise.get(g.uscc) ?? { ...empty(), enterpriseName: g.enterpriseName };
    byEnterprise.set(g.uscc, e);
    add(e, g);
  }
  const filings = await countFilings(db, regions, p.year, p.period);
  const due = dueOn(p, deps.filingRules);
  return {
    regions: [...regions],
    period: formatPeriod(p),
    from: periodStart(p),
    until: periodEnd(p),
    totals,
    byRegion: [...byRegion].map(([region, c]) => ({ region, ...c })),
    byEnterprise: [...byEnterprise]
      .map(([uscc, c]) => ({ uscc, ...c }))
      .sort((a, b) => b.total - a.total || a.uscc.localeCompare(b.uscc))
      .slice(0, top),
    filings: { dueOn: due, duePassed: localDate(deps.clock.now()) > due, ...filings },
  };
}
