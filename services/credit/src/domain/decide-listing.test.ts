// Given a listing case, when a command comes with a date, then these events (or this refusal).
import { WEEKDAYS_ONLY } from '@yiwang/contracts';
import { describe, expect, it } from 'vitest';
import type { ListingCommand } from './commands.js';
import { decideListing } from './decide-listing.js';
import { evolve, type Listing } from './listing.js';
import type { CreditRules } from './rules.js';

const rules: CreditRules = {
  ruleSet: 'mem11-2023',
  defenceWorkingDays: 5,
  listingYears: 3,
  earlyRemovalMonths: 12,
  largerAccidents: 2,
  largerAccidentWindowMonths: 12,
  badRecordMonths: 12,
  badRecordDrop: 1,
  badRecordInspectionsPerYear: 4,
  listedSpotCheckMonths: 6,
  restoreRestartsTerm: true,
  calendar: WEEKDAYS_ONLY,
};
const proposed: Listing = {
  id: 'lst-1',
  subject: {
    id: '91330502000000001X',
    kind: 'enterprise',
    uscc: '91330502000000001X',
    name: 'ACME',
    region: '330502',
  },
  criterion: 'major-accident',
  criterionId: 'art6-1',
  ruleSet: 'mem11-2023',
  evidence: [{ ref: 'acc-1' }],
  decidingDepartment: 'bureau',
  proposedBy: 'credit-service',
  proposedAt: '2026-03-02T02:00:00Z',
  status: 'proposed',
  restorations: 0,
  version: 1,
};

type Cmd = { kind: ListingCommand['kind'] } & Record<string, unknown>;
function run(state: Listing, today: string, cmd: Cmd, dept = 'bureau') {
  const command = { at: `${today}T02:00:00Z`, today, by: 'officer-1', dept, ...cmd };
  return decideListing(command as ListingCommand, state, rules);
}
function apply(state: Listing, today: string, cmd: Cmd): Listing {
  const d = run(state, today, cmd);
  if (!d.ok) throw new Error(d.rejection.detail);
  return d.events.reduce<Listing>((s, e) => evolve(s, e), state);
}
function codeOf(d: ReturnType<typeof run>): string | undefined {
  return d.ok ? undefined : d.rejection.code;
}

/** A case listed on 2026-03-09 (notice on Monday 2026-03-02, defence window 5 working days). */
function listed(): Listing {
  const pending = apply(proposed, '2026-03-02', { kind: 'serve-notice', noticeNumber: 'N-1' });
  return apply(pending, '2026-03-10', { kind: 'list', decisionNumber: 'D-1' });
}

describe('notice and defence', () => {
  it('serving notice opens a defence window of 5 working days', () => {
    const pending = apply(proposed, '2026-03-02', { kind: 'serve-notice', noticeNumber: 'N-1' });
    expect(pending.status).toBe('pending');
    expect(pending.notice?.defenceDueBy).toBe('2026-03-09');
  });
  it('no decision while the window is open, unless the subject stated its defence', () => {
    const pending = apply(proposed, '2026-03-02', { kind: 'serve-notice', noticeNumber: 'N-1' });
    const early = run(pending, '2026-03-09', { kind: 'list', decisionNumber: 'D-1' });
    expect(codeOf(early)).toBe('CREDIT.DEFENCE_WINDOW_OPEN');
    const heard = apply(pending, '2026-03-04', { kind: 'state-defence', summary: 'we fixed it' });
    expect(apply(heard, '2026-03-05', { kind: 'list', decisionNumber: 'D-1' }).status).toBe(
      'listed',
    );
  });
  it('a defence after the window is refused', () => {
    const pending = apply(proposed, '2026-03-02', { kind: 'serve-notice', noticeNumber: 'N-1' });
    expect(codeOf(run(pending, '2026-03-10', { kind: 'state-defence', summary: 'late' }))).toBe(
      'CREDIT.DEFENCE_WINDOW_CLOSED',
    );
  });
  it('only the deciding department decides', () => {
    const pending = apply(proposed, '2026-03-02', { kind: 'serve-notice', noticeNumber: 'N-1' });
    const other = run(pending, '2026-03-10', { kind: 'list', decisionNumber: 'D-1' }, 'bank-a');
    expect(codeOf(other)).toBe('CREDIT.DEPARTMENT_FORBIDDEN');
  });
});

describe('term, early removal and restoration', () => {
  it('a listing runs 3 years and early removal opens after 12 months', () => {
    const l = listed();
    expect(l).toMatchObject({
      status: 'listed',
      decision: { decisionNumber: 'D-1', listedOn: '2026-03-10' },
      earlyRemovalFrom: '2027-03-10',
      expiresOn: '2029-03-10',
    });
  });
  it('is removed automatically on the day the 3 years end, not the day before', () => {
    const l = listed();
    expect(codeOf(run(l, '2029-03-09', { kind: 'expire' }))).toBe('CREDIT.NOT_EXPIRED');
    const removed = apply(l, '2029-03-10', { kind: 'expire' });
    expect(removed).toMatchObject({ status: 'removed', ended: { reason: 'expired' } });
    expect(codeOf(run(removed, '2029-03-11', { kind: 'expire' }))).toBe(
      'CREDIT.ILLEGAL_TRANSITION',
    );
  });
  it('early removal before 12 months is refused; after, it is applied and decided', () => {
    const l = listed();
    const apply12 = { kind: 'apply-early-removal', applicationId: 'app-1', summary: 's' } as const;
    expect(codeOf(run(l, '2027-03-09', { ...apply12, evidence: ['e-1'] }))).toBe(
      'CREDIT.EARLY_REMOVAL_TOO_SOON',
    );
    expect(codeOf(run(l, '2027-03-10', { ...apply12, evidence: [] }))).toBe(
      'CREDIT.DETAIL_REQUIRED',
    );
    const applied = apply(l, '2027-03-10', { ...apply12, evidence: ['e-1'] });
    expect(applied.status).toBe('removal-applied');
    const removed = apply(applied, '2027-03-20', {
      kind: 'decide-early-removal',
      decision: 'approved',
      decisionNumber: 'D-2',
    });
    expect(removed).toMatchObject({ status: 'removed-early', ended: { decisionNumber: 'D-2' } });
  });
  it('a refused application returns the case to listed', () => {
    const applied = apply(listed(), '2027-04-01', {
      kind: 'apply-early-removal',
      applicationId: 'app-1',
      evidence: ['e'],
      summary: 's',
    });
    const back = apply(applied, '2027-04-02', {
      kind: 'decide-early-removal',
      decision: 'refused',
      reason: 'not rectified',
    });
    expect(back.status).toBe('listed');
    expect(back.earlyRemoval).toBeUndefined();
  });
  it('fraud in the early removal restores the listing with a new term', () => {
    const applied = apply(listed(), '2027-04-01', {
      kind: 'apply-early-removal',
      applicationId: 'app-1',
      evidence: ['e'],
      summary: 's',
    });
    const removed = apply(applied, '2027-04-02', {
      kind: 'decide-early-removal',
      decision: 'approved',
      decisionNumber: 'D-2',
    });
    expect(
      codeOf(run(listed(), '2027-05-01', { kind: 'restore', decisionNumber: 'D-3', reason: 'r' })),
    ).toBe('CREDIT.ILLEGAL_TRANSITION');
    const restored = apply(removed, '2027-05-01', {
      kind: 'restore',
      decisionNumber: 'D-3',
      reason: 'forged rectification report',
    });
    expect(restored).toMatchObject({
      status: 'listed',
      expiresOn: '2030-05-01',
      earlyRemovalFrom: '2028-05-01',
      restorations: 1,
    });
    expect(restored.ended).toBeUndefined();
  });
});
