// Given/When/Then specs of the hazard flows: every transition of the general and the major
// flow, the rules inside them (plan parts, listing deadline, extension windows with the
// working-day calendar, review deadline), and every illegal command in every state.
import { CN_HOLIDAYS_2025, WEEKDAYS_ONLY } from '@yiwang/contracts';
import { describe, expect, it } from 'vitest';
import type { HazardCommand, HazardCommandKind } from './commands.js';
import { decideHazard } from './decide-hazard.js';
import { evolve, type Hazard, type HazardEvent } from './hazard.js';
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
const TODAY = '2025-03-03';
const base = { at: AT, today: TODAY, by: 'inspector-1' };

const reported: HazardEvent = {
  type: 'hazard.reported',
  at: AT,
  hazard: {
    id: 'hz-1',
    uscc: '91330502000000101X',
    region: '330502',
    source: 'inspection',
    category: 'equipment',
    summary: 'Corroded flange',
    foundAt: AT,
  },
};
const PARTS = {
  goalsAndTasks: 'd1',
  methodsAndMeasures: 'd2',
  fundsAndMaterials: 'd3',
  responsibleBodyAndPeople: 'd4',
  deadlineAndRequirements: 'd5',
  safetyAndEmergencyMeasures: 'd6',
};

/** Given these events… */
function given(...events: HazardEvent[]): Hazard | undefined {
  return events.reduce<Hazard | undefined>(evolve, undefined);
}
/** …when this command is decided, then these events (or this rejection). */
function when(state: Hazard | undefined, cmd: HazardCommand, r: HazardRules = rules) {
  return decideHazard(cmd, state, r);
}
function events(state: Hazard | undefined, cmd: HazardCommand, r: HazardRules = rules) {
  const d = when(state, cmd, r);
  if (!d.ok) throw new Error(`rejected: ${d.rejection.code} ${d.rejection.detail}`);
  return d.events;
}
function then(state: Hazard | undefined, cmd: HazardCommand): Hazard {
  return events(state, cmd).reduce<Hazard | undefined>(evolve, state) as Hazard;
}
function rejection(state: Hazard | undefined, cmd: HazardCommand, r: HazardRules = rules) {
  const d = when(state, cmd, r);
  if (d.ok) throw new Error(`accepted: ${JSON.stringify(d.events)}`);
  return d.rejection;
}

const cmds: Record<HazardCommandKind, HazardCommand> = {
  report: {
    ...base,
    kind: 'report',
    hazard: reported.type === 'hazard.reported' ? reported.hazard : (undefined as never),
  },
  grade: { ...base, kind: 'grade', level: 'general', stopRequired: 'none' },
  'double-report': {
    ...base,
    kind: 'double-report',
    toRegulatorAt: '2025-03-03T01:00:00.000Z',
    toWorkersCongressAt: '2025-03-03T01:30:00.000Z',
  },
  'submit-plan': {
    ...base,
    kind: 'submit-plan',
    planId: 'plan-1',
    plannedCompletion: '2025-09-30',
    fundsFen: 5_000_000,
    parts: PARTS,
  },
  'order-stop': {
    ...base,
    kind: 'order-stop',
    scope: 'partial',
    orderNumber: '湖应急责改〔2025〕1号',
    reason: 'Chlorine leak risk',
  },
  list: {
    ...base,
    kind: 'list',
    authority: '湖州市安委会',
    authorityLevel: 'city',
    documentNumber: '湖安委督〔2025〕3号',
    deadline: '2025-08-29',
    noticeSummary: 'Chlorine tank area without gas detection',
  },
  'start-rectification': { ...base, kind: 'start-rectification' },
  'request-extension': {
    ...base,
    kind: 'request-extension',
    requestId: 'ext-1',
    requestedDeadline: '2025-10-31',
    reason: 'Equipment delivery delayed',
  },
  'decide-extension': { ...base, kind: 'decide-extension', decision: 'approved' },
  rectify: { ...base, kind: 'rectify', evidence: ['photo-after-1'] },
  recheck: { ...base, kind: 'recheck', outcome: 'passed' },
  assess: {
    ...base,
    kind: 'assess',
    assessor: 'agency',
    conclusion: 'eliminated',
    reportId: 'rep-1',
  },
  'apply-resumption': { ...base, kind: 'apply-resumption', applicationId: 'app-1' },
  review: { ...base, kind: 'review', outcome: 'passed', documentNumber: '湖应急销〔2025〕9号' },
  close: { ...base, kind: 'close' },
  'mark-overdue': { ...base, today: '2026-06-01', kind: 'mark-overdue' },
  link: { ...base, kind: 'link', source: 'grid', ref: 'gr-1' },
  'remind-due-soon': { ...base, kind: 'remind-due-soon' },
  'flag-bureau-deadline': { ...base, today: '2026-06-01', kind: 'flag-bureau-deadline' },
  'order-enforcement': {
    ...base,
    kind: 'order-enforcement',
    measures: ['stop-production'],
    decisionNumber: '湖应急强〔2025〕1号',
    reason: 'Refused the stop order',
  },
  'lift-enforcement': { ...base, kind: 'lift-enforcement', reason: 'Complied' },
};
const gradeMajor: HazardCommand = {
  ...base,
  kind: 'grade',
  level: 'major',
  stopRequired: 'partial',
  checklist: { standard: 'gongmao-2023', itemId: '15-1' },
};

/** Runs commands from nothing and returns the state after each. */
function run(...commands: HazardCommand[]): Hazard {
  let state: Hazard | undefined = undefined;
  for (const cmd of commands) state = then(state, cmd);
  return state as Hazard;
}

const general = {
  found: () => given(reported) as Hazard,
  rectifying: () => run(cmds.report, cmds.grade),
  rectified: () => run(cmds.report, cmds.grade, cmds.rectify),
  rechecked: () => run(cmds.report, cmds.grade, cmds.rectify, cmds.recheck),
  closed: () => run(cmds.report, cmds.grade, cmds.rectify, cmds.recheck, cmds.close),
};
const toPlan = [cmds.report, gradeMajor, cmds['double-report'], cmds['submit-plan']];
const toRectifying = [...toPlan, cmds.list, cmds['start-rectification']];
const major = {
  identified: () => run(cmds.report, gradeMajor),
  'double-reported': () => run(cmds.report, gradeMajor, cmds['double-report']),
  'plan-submitted': () => run(...toPlan),
  rectifying: () => run(...toRectifying),
  'extension-requested': () => run(...toRectifying, cmds['request-extension']),
  rectified: () => run(...toRectifying, cmds.rectify),
  assessed: () => run(...toRectifying, cmds.rectify, cmds.assess),
  'resumption-applied': () =>
    run(...toRectifying, cmds.rectify, cmds.assess, cmds['apply-resumption']),
  closed: () =>
    run(...toRectifying, cmds.rectify, cmds.assess, cmds['apply-resumption'], cmds.review),
};

describe('general hazard flow', () => {
  it('found → rectifying with the default 7-day deadline', () => {
    expect(events(general.found(), cmds.grade)).toEqual([
      {
        type: 'hazard.graded',
        at: AT,
        by: 'inspector-1',
        level: 'general',
        stopRequired: 'none',
        deadline: '2025-03-10',
      },
    ]);
    expect(general.rectifying()).toMatchObject({ status: 'rectifying', deadline: '2025-03-10' });
  });
  it('the default deadline is configuration', () => {
    const [graded] = events(general.found(), cmds.grade, { ...rules, generalDeadlineDays: 3 });
    expect(graded).toMatchObject({ deadline: '2025-03-06' });
  });
  it('an explicit deadline must lie after today', () => {
    expect(
      rejection(general.found(), {
        ...cmds.grade,
        kind: 'grade',
        level: 'general',
        stopRequired: 'none',
        deadline: TODAY,
      }).code,
    ).toBe('HAZARDS.DEADLINE_INVALID');
  });
  it('rectifying → rectified with evidence, and evidence is required', () => {
    expect(general.rectified()).toMatchObject({ status: 'rectified', evidence: ['photo-after-1'] });
    expect(rejection(general.rectifying(), { ...base, kind: 'rectify', evidence: [] }).code).toBe(
      'HAZARDS.DETAIL_REQUIRED',
    );
  });
  it('rectified → rechecked → closed', () => {
    expect(general.rechecked().status).toBe('rechecked');
    const closed = general.closed();
    expect(closed).toMatchObject({ status: 'closed', closedAt: AT });
  });
  it('a failed recheck returns to rectifying with a new deadline and findings', () => {
    const state = then(general.rectified(), {
      ...base,
      kind: 'recheck',
      outcome: 'failed',
      findings: 'Flange still leaking',
      newDeadline: '2025-03-20',
    });
    expect(state).toMatchObject({ status: 'rectifying', deadline: '2025-03-20' });
    expect(
      rejection(general.rectified(), {
        ...base,
        kind: 'recheck',
        outcome: 'failed',
        newDeadline: '2025-03-20',
      }).code,
    ).toBe('HAZARDS.DETAIL_REQUIRED');
    expect(
      rejection(general.rectified(), { ...base, kind: 'recheck', outcome: 'failed', findings: 'x' })
        .code,
    ).toBe('HAZARDS.DEADLINE_INVALID');
  });
  it('past the deadline → overdue once per deadline', () => {
    const state = general.rectifying();
    const overdue = events(state, { ...base, kind: 'mark-overdue', today: '2025-03-12' });
    expect(overdue).toEqual([
      { type: 'hazard.overdue', at: AT, deadline: '2025-03-10', daysOverdue: 2 },
    ]);
    const flagged = overdue.reduce<Hazard | undefined>(evolve, state) as Hazard;
    expect(flagged.status).toBe('rectifying');
    expect(rejection(flagged, { ...base, kind: 'mark-overdue', today: '2025-03-13' }).code).toBe(
      'HAZARDS.ILLEGAL_TRANSITION',
    );
    expect(rejection(state, { ...base, kind: 'mark-overdue', today: '2025-03-10' }).code).toBe(
      'HAZARDS.NOT_OVERDUE',
    );
  });
});

describe('grading against the checklist', () => {
  it('a major hazard names a known item of a versioned checklist', () => {
    expect(events(general.found(), gradeMajor)[0]).toMatchObject({
      level: 'major',
      checklist: { standard: 'gongmao-2023', itemId: '15-1' },
    });
    expect(
      rejection(general.found(), { ...base, kind: 'grade', level: 'major', stopRequired: 'full' })
        .code,
    ).toBe('HAZARDS.CHECKLIST_ITEM_UNKNOWN');
    expect(
      rejection(general.found(), {
        ...gradeMajor,
        kind: 'grade',
        level: 'major',
        stopRequired: 'full',
        checklist: { standard: 'gongmao-2023', itemId: '99-9' },
      }).code,
    ).toBe('HAZARDS.CHECKLIST_ITEM_UNKNOWN');
    expect(
      rejection(general.found(), {
        ...gradeMajor,
        kind: 'grade',
        level: 'major',
        stopRequired: 'full',
        checklist: { standard: 'gongmao-2019', itemId: '15-1' },
      }).code,
    ).toBe('HAZARDS.CHECKLIST_ITEM_UNKNOWN');
  });
});

describe('major hazard flow', () => {
  it('identified → double-reported with both timestamps', () => {
    expect(major['double-reported']()).toMatchObject({
      status: 'double-reported',
      doubleReport: {
        toRegulatorAt: '2025-03-03T01:00:00.000Z',
        toWorkersCongressAt: '2025-03-03T01:30:00.000Z',
      },
    });
    expect(
      rejection(major.identified(), {
        ...base,
        kind: 'double-report',
        toRegulatorAt: AT,
        toWorkersCongressAt: '2025-03-04T00:00:00.000Z',
      }).code,
    ).toBe('HAZARDS.TIMESTAMP_INVALID');
  });
  it('plan submitted with its six parts; a missing part names every missing part', () => {
    expect(major['plan-submitted']()).toMatchObject({
      status: 'plan-submitted',
      plan: { planId: 'plan-1', parts: PARTS },
    });
    const { fundsAndMaterials: _f, safetyAndEmergencyMeasures: _s, ...four } = PARTS;
    const r = rejection(major['double-reported'](), {
      ...base,
      kind: 'submit-plan',
      planId: 'p',
      plannedCompletion: '2025-09-30',
      fundsFen: 1,
      parts: { ...four, goalsAndTasks: '' },
    });
    expect(r.code).toBe('HAZARDS.PLAN_INCOMPLETE');
    expect(r.extensions).toEqual({
      missing: ['goalsAndTasks', 'fundsAndMaterials', 'safetyAndEmergencyMeasures'],
    });
  });
  it('an optional stop order, once', () => {
    const stopped = then(major['plan-submitted'](), cmds['order-stop']);
    expect(stopped).toMatchObject({ status: 'plan-submitted', stopOrder: { scope: 'partial' } });
    expect(rejection(stopped, cmds['order-stop']).code).toBe('HAZARDS.ILLEGAL_TRANSITION');
    expect(then(major.rectifying(), cmds['order-stop']).stopOrder).toBeDefined();
  });
  it('listing: authority, document number, a deadline within one year', () => {
    const listed = then(major['plan-submitted'](), cmds.list);
    expect(listed.listing).toMatchObject({
      authority: '湖州市安委会',
      documentNumber: '湖安委督〔2025〕3号',
      deadline: '2025-08-29',
      listedAt: AT,
    });
    expect(
      events(major['plan-submitted'](), {
        ...cmds.list,
        kind: 'list',
        deadline: '2026-03-03',
      } as HazardCommand),
    ).toHaveLength(1);
    const late = rejection(major['plan-submitted'](), {
      ...cmds.list,
      deadline: '2026-03-04',
    } as HazardCommand);
    expect(late).toMatchObject({
      code: 'HAZARDS.DEADLINE_INVALID',
      extensions: { latest: '2026-03-03' },
    });
    expect(
      rejection(major['plan-submitted'](), { ...cmds.list, deadline: TODAY } as HazardCommand).code,
    ).toBe('HAZARDS.DEADLINE_INVALID');
    expect(rejection(listed, cmds.list).code).toBe('HAZARDS.ILLEGAL_TRANSITION');
  });
  it('rectification starts with the listing deadline, else the plan’s completion date', () => {
    expect(major.rectifying()).toMatchObject({ status: 'rectifying', deadline: '2025-08-29' });
    expect(run(...toPlan, cmds['start-rectification'])).toMatchObject({ deadline: '2025-09-30' });
  });
  it('an extension requested ≥ 20 working days before the deadline, due for decision in 10', () => {
    const [requested] = events(major.rectifying(), cmds['request-extension']);
    expect(requested).toMatchObject({
      type: 'hazard.extension-requested',
      currentDeadline: '2025-08-29',
      request: { requestedDeadline: '2025-10-31', decisionDueBy: '2025-03-17' },
    });
    // 2025-07-31 → 2025-08-29: exactly 21 working days; 2025-08-01 → 20; 2025-08-04 → 19.
    const on = (today: string) => ({ ...cmds['request-extension'], today }) as HazardCommand;
    expect(when(major.rectifying(), on('2025-08-01')).ok).toBe(true);
    const tooLate = rejection(major.rectifying(), on('2025-08-04'));
    expect(tooLate).toMatchObject({
      code: 'HAZARDS.EXTENSION_TOO_LATE',
      extensions: { workingDaysBeforeDeadline: 19 },
    });
  });
  it('the extension windows follow the configured holiday calendar', () => {
    const cal = { ...rules, calendar: CN_HOLIDAYS_2025 };
    const state = run(
      ...toPlan,
      { ...cmds.list, deadline: '2025-10-31' } as HazardCommand,
      cmds['start-rectification'],
    );
    // 2025-09-26 → 2025-10-31: 25 weekdays, but 21 working days (6 holidays off, 2 make-up
    // Saturdays/Sundays worked); from 2025-09-29 only 19.
    const ok = when(
      state,
      {
        ...cmds['request-extension'],
        today: '2025-09-26',
        requestedDeadline: '2025-12-31',
      } as HazardCommand,
      cal,
    );
    expect(ok.ok).toBe(true);
    const d = when(
      state,
      {
        ...cmds['request-extension'],
        today: '2025-09-29',
        requestedDeadline: '2025-12-31',
      } as HazardCommand,
      cal,
    );
    expect(d.ok).toBe(false);
    // Decided within 10 working days of 2025-09-26 across the National Day holiday.
    if (ok.ok) expect(ok.events[0]).toMatchObject({ request: { decisionDueBy: '2025-10-16' } });
  });
  it('the requested deadline must be later than the current one', () => {
    expect(
      rejection(major.rectifying(), {
        ...cmds['request-extension'],
        requestedDeadline: '2025-08-29',
      } as HazardCommand).code,
    ).toBe('HAZARDS.DEADLINE_INVALID');
  });
  it('extension approved → rectifying with the new deadline; refused (with reason) keeps it', () => {
    expect(then(major['extension-requested'](), cmds['decide-extension'])).toMatchObject({
      status: 'rectifying',
      deadline: '2025-10-31',
    });
    const refused = then(major['extension-requested'](), {
      ...base,
      kind: 'decide-extension',
      decision: 'refused',
      reason: 'No cause',
    });
    expect(refused).toMatchObject({ status: 'rectifying', deadline: '2025-08-29' });
    expect(refused.extension).toBeUndefined();
    expect(
      rejection(major['extension-requested'](), {
        ...base,
        kind: 'decide-extension',
        decision: 'refused',
      }).code,
    ).toBe('HAZARDS.DETAIL_REQUIRED');
  });
  it('rectified → assessed; not eliminated → back to rectifying', () => {
    expect(major.assessed().status).toBe('assessed');
    expect(
      then(major.rectified(), { ...cmds.assess, conclusion: 'not-eliminated' } as HazardCommand)
        .status,
    ).toBe('rectifying');
  });
  it('resumption applied → on-site review due within 10 days', () => {
    expect(major['resumption-applied']()).toMatchObject({
      status: 'resumption-applied',
      reviewDueBy: '2025-03-13',
    });
  });
  it('review passed → reviewed and closed (核销) with the document number', () => {
    expect(events(major['resumption-applied'](), cmds.review).map((e) => e.type)).toEqual([
      'hazard.reviewed',
      'hazard.closed',
    ]);
    expect(major.closed()).toMatchObject({ status: 'closed' });
  });
  it('review failed → rejected → rectifying with a new deadline', () => {
    const failed: HazardCommand = {
      ...base,
      kind: 'review',
      outcome: 'failed',
      findings: 'Detector not calibrated',
      newDeadline: '2025-04-30',
    };
    const out = events(major['resumption-applied'](), failed);
    expect(out.map((e) => e.type)).toEqual(['hazard.reviewed', 'hazard.rejected']);
    expect(out[1]).toMatchObject({ reason: 'Detector not calibrated', newDeadline: '2025-04-30' });
    expect(then(major['resumption-applied'](), failed)).toMatchObject({
      status: 'rectifying',
      deadline: '2025-04-30',
    });
  });
  it('a major hazard past its deadline is overdue', () => {
    expect(
      events(major.rectifying(), { ...base, kind: 'mark-overdue', today: '2025-09-01' }),
    ).toEqual([{ type: 'hazard.overdue', at: AT, deadline: '2025-08-29', daysOverdue: 3 }]);
    expect(
      when(major['extension-requested'](), { ...base, kind: 'mark-overdue', today: '2025-09-01' })
        .ok,
    ).toBe(true);
  });
});

/** Which commands each state accepts; everything else is HAZARDS.ILLEGAL_TRANSITION. */
const legal: [string, () => Hazard, HazardCommandKind[]][] = [
  ['general found', general.found, ['grade']],
  [
    'general rectifying',
    general.rectifying,
    ['rectify', 'mark-overdue', 'remind-due-soon', 'order-enforcement'],
  ],
  ['general rectified', general.rectified, ['recheck', 'order-enforcement']],
  ['general rechecked', general.rechecked, ['close', 'order-enforcement']],
  ['general closed', general.closed, []],
  [
    'major identified',
    major.identified,
    ['double-report', 'mark-overdue', 'remind-due-soon', 'order-enforcement'],
  ],
  [
    'major double-reported',
    major['double-reported'],
    ['submit-plan', 'mark-overdue', 'remind-due-soon', 'order-enforcement'],
  ],
  [
    'major plan-submitted',
    major['plan-submitted'],
    [
      'order-stop',
      'list',
      'start-rectification',
      'mark-overdue',
      'remind-due-soon',
      'order-enforcement',
    ],
  ],
  [
    'major rectifying',
    major.rectifying,
    [
      'order-stop',
      'request-extension',
      'rectify',
      'mark-overdue',
      'remind-due-soon',
      'order-enforcement',
    ],
  ],
  [
    'major extension-requested',
    major['extension-requested'],
    [
      'decide-extension',
      'mark-overdue',
      'remind-due-soon',
      'flag-bureau-deadline',
      'order-enforcement',
    ],
  ],
  ['major rectified', major.rectified, ['assess', 'order-enforcement']],
  ['major assessed', major.assessed, ['apply-resumption', 'order-enforcement']],
  [
    'major resumption-applied',
    major['resumption-applied'],
    ['review', 'flag-bureau-deadline', 'order-enforcement'],
  ],
  ['major closed', major.closed, []],
];

/** The command of `kind` as the matrix sends it to `state` (a reminder on the deadline day). */
function matrixCommand(kind: HazardCommandKind, name: string, state: Hazard): HazardCommand {
  if (kind === 'grade' && name.includes('major')) return gradeMajor;
  if (kind === 'remind-due-soon') return { ...cmds[kind], today: state.deadline ?? TODAY };
  return cmds[kind];
}

describe('links', () => {
  it('a later record is linked once, in any state, without changing the state', () => {
    const closed = general.closed();
    const linked = then(closed, cmds.link);
    expect(linked).toMatchObject({
      status: 'closed',
      links: [{ source: 'grid', ref: 'gr-1', at: AT }],
    });
    expect(events(linked, cmds.link)).toEqual([]);
  });
});

describe('illegal transitions', () => {
  const kinds = Object.keys(cmds) as HazardCommandKind[];
  for (const [name, state, allowed] of legal) {
    for (const kind of kinds) {
      const ok = allowed.includes(kind) || kind === 'link';
      it(`${name}: ${kind} is ${ok ? 'accepted' : 'HAZARDS.ILLEGAL_TRANSITION'}`, () => {
        const s = state();
        const d = when(s, matrixCommand(kind, name, s));
        if (ok) expect(d.ok).toBe(true);
        else expect(d.ok ? 'accepted' : d.rejection.code).toBe('HAZARDS.ILLEGAL_TRANSITION');
      });
    }
  }
  it('nothing but a report without a case', () => {
    expect(rejection(undefined, cmds.grade).code).toBe('HAZARDS.ILLEGAL_TRANSITION');
    expect(when(undefined, cmds.report).ok).toBe(true);
  });
});
