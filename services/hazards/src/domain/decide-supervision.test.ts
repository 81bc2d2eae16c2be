// Given/When/Then specs of reminders, missed bureau deadlines and enforcement: the lead-time
// boundary, once per deadline (and again for a new one), the bureau's 10-day duties, and the
// daily fine running from the day after the order (安全生产法 art. 112).
import { WEEKDAYS_ONLY } from '@yiwang/contracts';
import { describe, expect, it } from 'vitest';
import type { HazardCommand } from './commands.js';
import { decideHazard } from './decide-hazard.js';
import { evolve, type Hazard } from './hazard.js';
import type { HazardRules } from './rules.js';

const rules: HazardRules = {
  generalDeadlineDays: 7,
  listingMaxMonths: 12,
  extensionMinWorkingDays: 20,
  extensionDecisionWorkingDays: 10,
  reviewDays: 10,
  dueSoonDays: 3,
  calendar: WEEKDAYS_ONLY,
};
const AT = '2025-03-03T02:00:00.000Z';
const cmd = (today: string, c: Record<string, unknown>) =>
  ({ at: AT, today, by: 'sup-1', ...c }) as HazardCommand;
const rectifying: Hazard = {
  id: 'hz-1',
  uscc: '91330502000000101X',
  region: '330502',
  source: 'inspection',
  category: 'site',
  summary: 's',
  foundAt: AT,
  status: 'rectifying',
  level: 'major',
  deadline: '2025-03-20',
  version: 5,
};

function decide(state: Hazard, c: HazardCommand) {
  return decideHazard(c, state, rules);
}
function apply(state: Hazard, c: HazardCommand): Hazard {
  const d = decide(state, c);
  if (!d.ok) throw new Error(`${d.rejection.code}: ${d.rejection.detail}`);
  return d.events.reduce(evolve, state);
}
const code = (state: Hazard, c: HazardCommand) => {
  const d = decide(state, c);
  return d.ok ? 'accepted' : d.rejection.code;
};

describe('due-soon reminders', () => {
  const remind = (today: string) => cmd(today, { kind: 'remind-due-soon' });
  it('goes out within the lead time, not before and not after the deadline', () => {
    expect(code(rectifying, remind('2025-03-16'))).toBe('HAZARDS.NOT_DUE_SOON');
    expect(decide(rectifying, remind('2025-03-17'))).toEqual({
      ok: true,
      events: [{ type: 'hazard.due-soon', at: AT, deadline: '2025-03-20', daysLeft: 3 }],
    });
    expect(code(rectifying, remind('2025-03-20'))).toBe('accepted');
    expect(code(rectifying, remind('2025-03-21'))).toBe('HAZARDS.NOT_DUE_SOON');
  });
  it('is sent once per deadline, and again for a new deadline', () => {
    const reminded = apply(rectifying, remind('2025-03-18'));
    expect(reminded.dueSoonFor).toBe('2025-03-20');
    expect(code(reminded, remind('2025-03-19'))).toBe('HAZARDS.ILLEGAL_TRANSITION');
    const extended = { ...reminded, deadline: '2025-04-30' };
    expect(code(extended, remind('2025-04-28'))).toBe('accepted');
  });
});

describe('bureau deadlines', () => {
  const flag = (today: string) => cmd(today, { kind: 'flag-bureau-deadline' });
  const requested: Hazard = {
    ...rectifying,
    status: 'extension-requested',
    extension: {
      requestId: 'ext-1',
      requestedDeadline: '2025-05-30',
      reason: 'r',
      requestedAt: AT,
      decisionDueBy: '2025-03-14',
    },
  };
  it('flags an undecided extension once, the day after its decision was due', () => {
    expect(code(requested, flag('2025-03-14'))).toBe('HAZARDS.NOT_OVERDUE');
    const flagged = apply(requested, flag('2025-03-16'));
    expect(flagged.bureauMissed).toEqual([
      { duty: 'extension-decision', ref: 'ext-1', dueBy: '2025-03-14', detectedAt: AT },
    ]);
    expect(code(flagged, flag('2025-03-17'))).toBe('HAZARDS.ILLEGAL_TRANSITION');
  });
  it('flags a resumption review not held within 10 days, per application', () => {
    const applied: Hazard = {
      ...rectifying,
      status: 'resumption-applied',
      reviewDueBy: '2025-03-13',
      resumptionApplicationId: 'res-1',
    };
    const d = decide(applied, flag('2025-03-15'));
    expect(d.ok && d.events[0]).toMatchObject({
      type: 'hazard.bureau-deadline-missed',
      miss: { duty: 'resumption-review', ref: 'res-1', dueBy: '2025-03-13' },
      daysLate: 2,
    });
    const flagged = apply(applied, flag('2025-03-15'));
    const reapplied = { ...flagged, resumptionApplicationId: 'res-2', reviewDueBy: '2025-04-10' };
    expect(code(reapplied, flag('2025-04-11'))).toBe('accepted');
  });
  it('nothing is pending at the bureau while the enterprise rectifies', () => {
    expect(code(rectifying, flag('2026-01-01'))).toBe('HAZARDS.ILLEGAL_TRANSITION');
  });
});

describe('enforcement after a refused order', () => {
  const order = (today: string, extra: Record<string, unknown> = {}) =>
    cmd(today, {
      kind: 'order-enforcement',
      measures: ['stop-production', 'daily-fine'],
      dailyFineFen: 1_000_000,
      decisionNumber: '湖应急强〔2025〕1号',
      reason: 'Refused the stop order',
      ...extra,
    });
  const lift = (today: string) => cmd(today, { kind: 'lift-enforcement', reason: 'Complied' });
  it('a daily fine states its amount, and only a daily fine does', () => {
    expect(code(rectifying, order('2025-03-03', { dailyFineFen: undefined }))).toBe(
      'HAZARDS.DETAIL_REQUIRED',
    );
    expect(code(rectifying, order('2025-03-03', { measures: ['seal-equipment'] }))).toBe(
      'HAZARDS.DETAIL_REQUIRED',
    );
  });
  it('is in force until lifted; the fine runs from the day after the order', () => {
    const enforced = apply(rectifying, order('2025-03-03'));
    expect(enforced.enforcement).toMatchObject({ orderedOn: '2025-03-03', dailyFineFen: 1e6 });
    expect(code(enforced, order('2025-03-04'))).toBe('HAZARDS.ILLEGAL_TRANSITION');
    const d = decide(enforced, lift('2025-03-08'));
    expect(d.ok && d.events[0]).toMatchObject({ finedDays: 5, totalFineFen: 5_000_000 });
    const lifted = apply(enforced, lift('2025-03-08'));
    expect(lifted.enforcement).toMatchObject({ liftedOn: '2025-03-08', liftReason: 'Complied' });
    expect(code(lifted, lift('2025-03-09'))).toBe('HAZARDS.ILLEGAL_TRANSITION');
    expect(code(lifted, order('2025-03-10'))).toBe('accepted');
  });
  it('not on an ungraded or closed case', () => {
    const { level: _l, ...ungraded } = rectifying;
    expect(code({ ...ungraded, status: 'found' }, order('2025-03-03'))).toBe(
      'HAZARDS.ILLEGAL_TRANSITION',
    );
    expect(code({ ...rectifying, status: 'closed' }, order('2025-03-03'))).toBe(
      'HAZARDS.ILLEGAL_TRANSITION',
    );
  });
});
