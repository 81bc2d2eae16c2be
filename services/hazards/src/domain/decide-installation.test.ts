// Specs of installations: the grade at each R boundary (GB 18218-2018 table 4), the Σ q/Q ≥ 1
// threshold of a major hazard installation, re-assessment every 3 years and its reminder.
import { describe, expect, it } from 'vitest';
import { decideInstallation, type InstallationRules } from './decide-installation.js';
import { GB18218_2018, gradeFor } from './installation-grade.js';
import { evolveInstallation, type Installation, type Substance } from './installation.js';

const rules: InstallationRules = { thresholds: GB18218_2018, reassessYears: 3, dueLeadDays: 30 };
const AT = '2026-03-02T02:00:00.000Z';
const chlorine: Substance = {
  name: '氯',
  casNumber: '7782-50-5',
  quantityTonnes: 20,
  criticalTonnes: 5,
};
const register = (
  rValue: number,
  substances: Substance[] = [chlorine],
  lastAssessedOn = '2026-02-01',
) =>
  decideInstallation(
    {
      kind: 'register',
      at: AT,
      today: '2026-03-02',
      installation: {
        id: 'inst-1',
        uscc: '91330502000000101X',
        region: '330502',
        name: '液氯储罐区',
        substances,
        rValue,
        sensorIds: ['s-1'],
        lastAssessedOn,
      },
    },
    undefined,
    rules,
  );
function registered(rValue = 60): Installation {
  const d = register(rValue);
  if (!d.ok) throw new Error(d.rejection.detail);
  return d.events.reduce<Installation | undefined>(evolveInstallation, undefined) as Installation;
}

describe('grading by R', () => {
  it.each([
    [100, 1],
    [99.99, 2],
    [50, 2],
    [49.9, 3],
    [10, 3],
    [9.99, 4],
    [0, 4],
  ])('R = %s → grade %s', (r, grade) => {
    expect(gradeFor(r, GB18218_2018)).toBe(grade);
  });
});

describe('registration', () => {
  it('grades from R and sets the re-assessment 3 years after the last assessment', () => {
    expect(registered(60)).toMatchObject({ grade: 2, nextAssessmentDue: '2029-02-01', version: 1 });
  });
  it('refuses a unit below its critical quantities and an assessment in the future', () => {
    const small = [
      { ...chlorine, quantityTonnes: 2 },
      { name: '氨', quantityTonnes: 4, criticalTonnes: 10 },
    ];
    const d = register(5, small);
    expect(d.ok ? 'ok' : d.rejection.code).toBe('HAZARDS.NOT_MAJOR_HAZARD');
    const f = register(60, [chlorine], '2026-03-03');
    expect(f.ok ? 'ok' : f.rejection.code).toBe('HAZARDS.TIMESTAMP_INVALID');
  });
});

describe('re-assessment', () => {
  it('grades again with the previous grade, next due 3 years on', () => {
    const d = decideInstallation(
      {
        kind: 'reassess',
        at: AT,
        today: '2026-03-02',
        rValue: 120,
        assessmentReportId: 'r-2',
        assessedOn: '2026-03-01',
      },
      registered(60),
      rules,
    );
    expect(d.ok && d.events[0]).toMatchObject({
      type: 'installation.graded',
      grade: 1,
      previousGrade: 2,
      nextAssessmentDue: '2029-03-01',
    });
  });
  it('reminds once, from 30 days before the due date', () => {
    const i = registered();
    const due = (today: string, s = i) =>
      decideInstallation({ kind: 'mark-reassessment-due', at: AT, today }, s, rules);
    const early = due('2029-01-01');
    expect(early.ok ? 'ok' : early.rejection.code).toBe('HAZARDS.NOT_DUE_SOON');
    const d = due('2029-01-02');
    expect(d.ok && d.events).toEqual([
      { type: 'installation.reassessment-due', at: AT, dueOn: '2029-02-01' },
    ]);
    const after = (d.ok ? d.events : []).reduce(evolveInstallation, i);
    const again = due('2029-01-10', after);
    expect(again.ok ? 'ok' : again.rejection.code).toBe('HAZARDS.ILLEGAL_TRANSITION');
  });
});
