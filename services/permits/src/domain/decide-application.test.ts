// Given/When/Then specs of the application flow's rules: the one defect notice, the statutory
// clock (compressed, in working days with the holiday calendar, paused for experts), the
// credit veto, the checklist, two inspectors and the preconditions of an approval.
import { describe, expect, it } from 'vitest';
import type { Application, HolderFacts } from './application.js';
import { evolve } from './application.js';
import type { ApplicationCommand } from './commands.js';
import { CONDITIONS } from './conditions.js';
import { decideApplication } from './decide-application.js';
import { progressOf } from './progress.js';
import { RULES, submitted } from './test-rules.js';

const at = (today: string) => ({ at: `${today}T02:00:00Z`, today, by: 'staff-1' });
const CLEAN: HolderFacts = {
  listed: false,
  listingIds: [],
  insuranceRequired: true,
  insuranceActive: true,
  overdueMajorHazards: 0,
};

function run(state: Application, cmd: ApplicationCommand): Application {
  const d = decideApplication(cmd, state, RULES);
  if (!d.ok) throw new Error(d.rejection.code);
  return d.events.reduce<Application>((s, e) => evolve(s, e), state);
}

function code(state: Application, cmd: ApplicationCommand): string | undefined {
  const d = decideApplication(cmd, state, RULES);
  return d.ok ? undefined : d.rejection.code;
}

const accept = (today: string): ApplicationCommand => ({
  kind: 'accept',
  ...at(today),
  deemed: false,
  noFatalAccidentInTerm: false,
});

describe('the statutory clock', () => {
  it('a construction review takes 20 working days less one-third, skipping the National Day holidays', () => {
    // Friday 26 Sept 2025; 28 Sept and 11 Oct are make-up working days, 1–8 Oct are off.
    const a = run(
      submitted({ licenceType: 'hazchem-construction-review', stage: 'design-review' }),
      accept('2025-09-26'),
    );
    expect(a.limit).toEqual({ days: 14, kind: 'working' });
    // Working days after 26 Sept: 28, 29, 30 Sept, 9, 10, 11, 13, 14, 15, 16, 17, 20, 21, 22 Oct.
    expect(a.decisionDueBy).toBe('2025-10-22');
  });

  it('an operation licence takes 45 calendar days less one-third', () => {
    const a = run(submitted(), accept('2025-09-26'));
    expect(a.limit).toEqual({ days: 30, kind: 'calendar' });
    expect(a.decisionDueBy).toBe('2025-10-26');
  });

  it('the defect notice is due within 5 working days, holidays excluded', () => {
    const draft = submitted({ status: 'draft' });
    const s = run(draft, { kind: 'submit', ...at('2025-09-30') });
    // 9, 10, 11 (make-up Saturday), 13, 14 October.
    expect(s.noticeDueBy).toBe('2025-10-14');
  });

  it('a deemed acceptance dates from receipt, only after the notice period', () => {
    const s = submitted();
    const deemed = (today: string): ApplicationCommand => ({
      kind: 'accept',
      ...at(today),
      deemed: true,
      noFatalAccidentInTerm: false,
    });
    expect(code(s, deemed('2025-09-29'))).toBe('PERMITS.NOT_DUE');
    expect(run(s, deemed('2025-10-10')).decisionDueBy).toBe('2025-10-22');
  });

  it('the expert review pauses a working-day clock by the working days it took', () => {
    let a = run(
      submitted({ licenceType: 'hazchem-construction-review', stage: 'condition-review' }),
      accept('2025-09-26'),
    );
    a = { ...a, status: 'document-reviewed' };
    a = run(a, { kind: 'start-expert-review', ...at('2025-09-30'), experts: 5 });
    expect(
      progressOf(
        { type: 'application.expert-review-started', at: 'x', on: '2025-09-30', experts: 5 },
        a,
      )?.nextDeadline,
    ).toBeUndefined();
    a = run(a, { kind: 'complete-expert-review', ...at('2025-10-10'), conclusion: 'pass' });
    // 9, 10 Oct (Thursday, Friday) are the working days in (30 Sept, 10 Oct].
    expect(a.expertReview?.pausedDays).toBe(2);
    expect(a.decisionDueBy).toBe('2025-10-24');
  });
});

describe('screening', () => {
  it('every defect goes into one notice: a second one is refused', () => {
    let a = run(submitted(), {
      kind: 'request-supplement',
      ...at('2025-09-23'),
      missing: ['emergency-plan', 'emergency-plan'],
      details: 'd',
      noticeNumber: 'BZ-1',
    });
    expect(a.supplement?.missing).toEqual(['emergency-plan']);
    expect(code(a, { kind: 'provide-supplement', ...at('2025-09-24') })).toBe(
      'PERMITS.DETAIL_REQUIRED',
    );
    a = run(a, {
      kind: 'attach-evidence',
      ...at('2025-09-24'),
      condition: 'emergency-plan',
      documents: ['d'],
    });
    a = run(a, { kind: 'provide-supplement', ...at('2025-09-24') });
    expect(
      code(a, {
        kind: 'request-supplement',
        ...at('2025-09-25'),
        missing: ['other'],
        details: 'd',
        noticeNumber: 'BZ-2',
      }),
    ).toBe('PERMITS.NOTICE_ALREADY_SENT');
  });

  it('a construction review names its stage and only it does', () => {
    const base = submitted();
    const draft = (
      licenceType: Application['licenceType'],
      stage?: Application['stage'],
    ): ApplicationCommand => ({
      kind: 'draft',
      ...at('2025-09-20'),
      draft: { ...base, licenceType, ...(stage === undefined ? {} : { stage }) },
    });
    expect(decideApplication(draft('hazchem-construction-review'), undefined, RULES).ok).toBe(
      false,
    );
    expect(
      decideApplication(draft('hazchem-operation', 'design-review'), undefined, RULES).ok,
    ).toBe(false);
    expect(
      decideApplication(
        draft('hazchem-construction-review', 'completion-acceptance'),
        undefined,
        RULES,
      ).ok,
    ).toBe(true);
  });
});

describe('checks and decision', () => {
  const accepted = () => run(submitted(), accept('2025-09-26'));
  const checked = () =>
    run(accepted(), { kind: 'check-credit', ...at('2025-09-29'), facts: CLEAN });
  const review = (
    findings = CONDITIONS.map((condition) => ({ condition, met: true, evidence: ['d'] })),
  ) => ({ kind: 'review-documents', ...at('2025-09-30'), findings }) as ApplicationCommand;
  const ready = () => {
    const a = run(checked(), review());
    return run(a, {
      kind: 'inspect',
      ...at('2025-10-09'),
      inspectors: ['i1', 'i2'],
      result: 'pass',
    });
  };
  const approve = (facts = CLEAN): ApplicationCommand => ({
    kind: 'decide',
    ...at('2025-10-10'),
    outcome: 'approved',
    facts,
    decisionNumber: 'JD-1',
    licence: {
      licenceId: 'lic-1',
      licenceNumber: 'XK-1',
      validFrom: '2025-10-10',
      validUntil: '2028-10-09',
      renewal: false,
    },
  });

  it('a credit listing vetoes: the check and a written refusal with appeal information', () => {
    const d = decideApplication(
      {
        kind: 'check-credit',
        ...at('2025-09-29'),
        facts: { ...CLEAN, listed: true, listingIds: ['lst-9'] },
        decisionNumber: 'JD-9',
      },
      accepted(),
      RULES,
    );
    expect(d.ok && d.events.map((e) => e.type)).toEqual([
      'application.credit-checked',
      'application.decided',
    ]);
    const a = d.ok ? d.events.reduce<Application>((s, e) => evolve(s, e), accepted()) : accepted();
    expect(a.status).toBe('refused');
    expect(a.decision?.appealInformation).toContain('6 months');
  });

  it('the review judges all thirteen conditions, with evidence for every met one', () => {
    const twelve = CONDITIONS.slice(1).map((condition) => ({
      condition,
      met: true,
      evidence: ['d'],
    }));
    expect(code(checked(), review(twelve))).toBe('PERMITS.CHECKLIST_INCOMPLETE');
    const noEvidence = CONDITIONS.map((condition) => ({ condition, met: true, evidence: [] }));
    expect(code(checked(), review(noEvidence))).toBe('PERMITS.CHECKLIST_INCOMPLETE');
    const oneFailed = CONDITIONS.map((condition, i) => ({
      condition,
      met: i > 0,
      evidence: ['d'],
    }));
    expect(run(checked(), review(oneFailed)).review?.result).toBe('fail');
  });

  it('a site inspection needs two different inspectors', () => {
    const a = run(checked(), review());
    expect(
      code(a, { kind: 'inspect', ...at('2025-10-09'), inspectors: ['i1', 'i1'], result: 'pass' }),
    ).toBe('PERMITS.TOO_FEW_INSPECTORS');
  });

  it('an approval needs insurance for a high-risk industry and no overdue major hazard', () => {
    const d = decideApplication(
      approve({ ...CLEAN, insuranceActive: false, overdueMajorHazards: 1 }),
      ready(),
      RULES,
    );
    expect(d.ok ? [] : d.rejection.extensions?.['reasons']).toEqual([
      'insurance-missing',
      'overdue-major-hazard',
    ]);
    expect(
      decideApplication(
        approve({ ...CLEAN, insuranceRequired: false, insuranceActive: false }),
        ready(),
        RULES,
      ).ok,
    ).toBe(true);
  });

  it('an approval needs the review and the inspection passed, unless a renewal is waived', () => {
    expect(code(checked(), approve())).toBe('PERMITS.STEPS_INCOMPLETE');
    const waived = run(submitted({ kind: 'renewal', previousLicenceId: 'lic-0' }), {
      ...accept('2025-09-26'),
      noFatalAccidentInTerm: true,
    } as ApplicationCommand);
    const w = run(waived, { kind: 'check-credit', ...at('2025-09-29'), facts: CLEAN });
    expect(w.reviewWaived).toBe(true);
    expect(run(w, approve()).status).toBe('licence-issued');
  });

  it('the public progress never carries internal notes', () => {
    const a = run(ready(), { kind: 'add-note', ...at('2025-10-09'), text: 'secret' });
    expect(
      progressOf(
        { type: 'application.note-added', at: 'x', note: { at: 'x', by: 'y', text: 'secret' } },
        a,
      ),
    ).toBeUndefined();
    expect(a.notes).toHaveLength(1);
  });
});
