// Given/When/Then specs of the report's rules, over events.
import { describe, expect, it } from 'vitest';
import { NATIONAL_DEADLINES, type CommandContext } from '../policy.js';
import { RULES_2018 } from '../rewards/rule-sets.js';
import type { RuleViolation } from '../errors.js';
import type { ReportCommand } from './commands.js';
import { decide } from './decide.js';
import { evolveAll } from './evolve.js';
import { receiveReport, type ReceiveReport } from './receive.js';
import type { Report } from './state.js';

const ctx = (today: string, by = 'u1'): CommandContext => ({
  at: `${today}T02:00:00.000Z`,
  today,
  by,
  deadlines: NATIONAL_DEADLINES,
});
const intake: ReceiveReport = {
  id: 'r1',
  channel: 'web',
  scope: 'major-hazard',
  place: { region: '330502' },
  enterprise: { uscc: '91330502MA2B3C4D5X' },
  attachments: [],
  named: true,
  employee: false,
  at: '2025-03-03T02:00:00.000Z',
  deadlines: NATIONAL_DEADLINES,
};

/** Given a report that went through `commands`, each on its day. */
function given(...commands: [string, ReportCommand][]): Report {
  let report = evolveAll(undefined, receiveReport(intake));
  for (const [day, command] of commands)
    report = evolveAll(report, decide(command, report, ctx(day)));
  return report;
}
const assigned: [string, ReportCommand][] = [
  [
    '2025-03-03',
    { type: 'triage', scope: 'major-hazard', summaryCode: 'HC-012', industry: 'mining' },
  ],
  ['2025-03-03', { type: 'accept' }],
  ['2025-03-04', { type: 'assign', unit: 'u-7' }],
];
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as RuleViolation).code;
  }
  return undefined;
};

describe('intake', () => {
  it('refuses an anonymous employee', () => {
    expect(code(() => receiveReport({ ...intake, named: false, employee: true }))).toBe(
      'COMPLAINTS.EMPLOYEE_MUST_GIVE_NAME',
    );
  });
  it('needs the enterprise', () => {
    expect(code(() => receiveReport({ ...intake, enterprise: {} }))).toBe(
      'COMPLAINTS.ENTERPRISE_REQUIRED',
    );
  });
});

describe('verification deadline', () => {
  it('when accepted, then verification is due 60 days later', () => {
    expect(given(...assigned).verifyDueBy).toBe('2025-05-02');
  });
  it('when extended twice, then the second is refused', () => {
    const r = given(...assigned, [
      '2025-04-01',
      { type: 'extend-verification', days: 30, reasonCode: 'other', reason: 'x' },
    ]);
    expect(r.verifyDueBy).toBe('2025-06-01');
    expect(
      code(() =>
        decide(
          { type: 'extend-verification', days: 1, reasonCode: 'other', reason: 'y' },
          r,
          ctx('2025-04-02'),
        ),
      ),
    ).toBe('COMPLAINTS.EXTENSION_ALREADY_USED');
  });
  it('when extended by more than 30 days, then refused', () => {
    const r = given(...assigned);
    expect(
      code(() =>
        decide(
          { type: 'extend-verification', days: 31, reasonCode: 'other', reason: 'y' },
          r,
          ctx('2025-04-02'),
        ),
      ),
    ).toBe('COMPLAINTS.EXTENSION_TOO_LONG');
  });
  it('when scanned, then due-soon once, then overdue once', () => {
    let r = given(...assigned);
    // the local conclusion limit (30 days) runs alongside; see local-time-limits.test.ts
    const scan = (day: string) =>
      decide({ type: 'scan-deadlines' }, r, ctx(day, 'system:s')).filter(
        (e) => 'deadline' in e && e.deadline === 'verification',
      );
    expect(scan('2025-04-24')).toEqual([]);
    const soon = scan('2025-04-25');
    expect(soon).toMatchObject([
      { type: 'report.due-soon', deadline: 'verification', daysLeft: 7 },
    ]);
    r = evolveAll(r, soon);
    expect(scan('2025-04-30')).toEqual([]);
    const late = scan('2025-05-03');
    expect(late).toMatchObject([{ type: 'report.overdue', dueBy: '2025-05-02' }]);
    r = evolveAll(r, late);
    expect(scan('2025-05-10')).toEqual([]);
  });
});

describe('rewards', () => {
  const done = [
    ...assigned,
    [
      '2025-03-10',
      {
        type: 'verify-substantiated',
        severity: 'major',
        findings: 'f',
        fineFen: 2_000_000,
        concealedDeaths: 0,
        alreadyKnown: false,
      },
    ],
    ['2025-03-20', { type: 'record-outcome', outcome: 'penalty-case' }],
    ['2025-03-21', { type: 'send-feedback' }],
  ] as [string, ReportCommand][];
  const decideReward = (earlier: number): ReportCommand => ({
    type: 'decide-reward',
    rewardId: 'w1',
    rules: RULES_2018,
    employeeBonusEnabled: true,
    earlierValidReports: earlier,
  });

  it('when the first reporter, then 15 % with a 60-day claim period', () => {
    const r = given(...done, ['2025-03-22', decideReward(0)]);
    expect(r.reward).toMatchObject({
      status: 'decided',
      amountFen: 300_000,
      claimDueBy: '2025-05-21',
    });
  });
  it('when not the first reporter of the matter, then denied', () => {
    expect(given(...done, ['2025-03-22', decideReward(1)]).reward).toMatchObject({
      status: 'denied',
      reason: 'not-first-reporter',
    });
  });
  it('when the claim period passed, then only forfeiture', () => {
    const r = given(...done, ['2025-03-22', decideReward(0)]);
    expect(code(() => decide({ type: 'claim-reward' }, r, ctx('2025-05-22')))).toBe(
      'COMPLAINTS.CLAIM_PERIOD_EXPIRED',
    );
    expect(
      code(() =>
        decide({ type: 'forfeit-reward', reason: 'not-claimed-in-time' }, r, ctx('2025-05-21')),
      ),
    ).toBe('COMPLAINTS.CLAIM_PERIOD_RUNNING');
    expect(
      decide({ type: 'forfeit-reward', reason: 'not-claimed-in-time' }, r, ctx('2025-05-22')),
    ).toMatchObject([{ type: 'reward.forfeited' }]);
  });
});
