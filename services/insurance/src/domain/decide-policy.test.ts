import { describe, expect, it } from 'vitest';
import { decideIssue, decidePolicy, type IssueCommand, type PolicyInput } from './decide-policy.js';
import { InsuranceCodes as C } from './errors.js';
import { evolve, type Policy } from './policy.js';
import type { Quote } from './premium.js';

const rules = { minSumInsuredFen: 40_000_000, maxTermDays: 366 };
const AT = '2026-03-02T02:00:00.000Z';
const TODAY = '2026-03-02';
const quote: Quote = {
  ruleVersion: 'v1',
  ruleEffectiveFrom: '2025-01-01',
  on: TODAY,
  factors: [],
  adjustmentPercent: 20,
};
const input: PolicyInput = {
  id: 'pol-1',
  policyNumber: 'P-1',
  insurer: 'INS',
  insurerName: 'PICC',
  uscc: 'E',
  region: '330502',
  industry: 'mining',
  insuredEmployees: 50,
  sumInsuredPerPersonFen: 40_000_000,
  cover: {},
  basePremiumFen: 1_000_000,
  startsOn: '2026-03-02',
  endsOn: '2027-03-01',
};
const issue = (over: Partial<PolicyInput> = {}, cmd: Partial<IssueCommand> = {}) =>
  decideIssue(
    {
      at: AT,
      today: TODAY,
      input: { ...input, ...over },
      quote,
      preventionMaxPercent: 21,
      ...cmd,
      enterpriseOpen: cmd.enterpriseOpen ?? true,
    },
    rules,
  );
const codeOf = (d: ReturnType<typeof issue>) => (d.ok ? 'ok' : d.rejection.code);

function issued(): Policy {
  const d = issue();
  if (!d.ok || d.events[0] === undefined) throw new Error('not issued');
  return evolve(undefined, d.events[0]);
}

describe('issuing a policy', () => {
  it('prices base × floating factors and fixes the prevention cap', () => {
    const p = issued();
    expect(p.pricing).toMatchObject({ premiumFen: 1_200_000, preventionBudgetFen: 252_000 });
    expect(p).toMatchObject({ status: 'active', version: 1 });
  });
  it('refuses a sum insured below 400,000 yuan per person', () => {
    expect(codeOf(issue({ sumInsuredPerPersonFen: 39_999_999 }))).toBe(C.sumInsuredTooLow);
  });
  it('refuses insuring an enterprise the directory lists as closed', () => {
    expect(codeOf(issue({}, { enterpriseOpen: false }))).toBe(C.enterpriseClosed);
  });
  it('refuses insuring fewer employees than the directory lists', () => {
    expect(codeOf(issue({}, { directoryEmployees: 51 }))).toBe(C.notAllEmployees);
    expect(codeOf(issue({}, { directoryEmployees: 50 }))).toBe('ok');
  });
  it('refuses a premium that is not base × factors', () => {
    const d = issue({ premiumFen: 1_000_000 });
    expect(!d.ok && d.rejection.extensions).toMatchObject({ expectedPremiumFen: 1_200_000 });
    expect(codeOf(issue({ premiumFen: 1_200_000 }))).toBe('ok');
  });
  it('refuses empty, over-long or past periods and impossible dates', () => {
    expect(codeOf(issue({ endsOn: '2026-03-01' }))).toBe(C.periodInvalid);
    expect(codeOf(issue({ endsOn: '2027-03-03' }))).toBe(C.periodInvalid);
    expect(codeOf(issue({ startsOn: '2025-01-01', endsOn: '2025-12-31' }))).toBe(C.periodInvalid);
    expect(codeOf(issue({ endsOn: '2026-02-30' }))).toBe(C.periodInvalid);
  });
  it('makes a renewal follow on the day after the old end', () => {
    const prev = { ...issued(), endsOn: '2026-12-31' };
    const ok = issue({ startsOn: '2027-01-01', endsOn: '2027-12-31' }, { previous: prev });
    expect(ok.ok && ok.events[0]).toMatchObject({
      type: 'policy.renewed',
      policy: { previousPolicyId: 'pol-1' },
    });
    expect(
      codeOf(issue({ startsOn: '2027-01-05', endsOn: '2027-12-31' }, { previous: prev })),
    ).toBe(C.periodInvalid);
  });
});

describe('a policy in force', () => {
  it('is renewed once, and not after its end', () => {
    const p = issued();
    const d = decidePolicy(
      { kind: 'arrange-renewal', at: AT, today: TODAY, renewalId: 'pol-2' },
      p,
    );
    expect(d.ok).toBe(true);
    const renewed = d.ok && d.events[0] ? evolve(p, d.events[0]) : p;
    const again = decidePolicy(
      { kind: 'arrange-renewal', at: AT, today: TODAY, renewalId: 'pol-3' },
      renewed,
    );
    expect(!again.ok && again.rejection.code).toBe(C.illegalTransition);
    const late = decidePolicy(
      { kind: 'arrange-renewal', at: AT, today: '2027-03-02', renewalId: 'x' },
      p,
    );
    expect(!late.ok && late.rejection.code).toBe(C.renewalTooLate);
  });
  it('is cancelled before its end only when the enterprise closed', () => {
    const p = issued();
    const open = decidePolicy(
      { kind: 'cancel', at: AT, reason: 'other', effectiveOn: TODAY, enterpriseClosed: false },
      p,
    );
    expect(!open.ok && open.rejection.code).toBe(C.cancellationNotAllowed);
    const closed = decidePolicy(
      {
        kind: 'cancel',
        at: AT,
        reason: 'enterprise-closed',
        effectiveOn: TODAY,
        enterpriseClosed: true,
      },
      p,
    );
    expect(closed.ok && closed.events[0]?.type).toBe('policy.cancelled');
  });
  it('lapses after its last day unless renewed (then it expires)', () => {
    const p = issued();
    const early = decidePolicy({ kind: 'end', at: AT, today: '2027-03-01' }, p);
    expect(!early.ok && early.rejection.code).toBe(C.notEnded);
    const lapse = decidePolicy({ kind: 'end', at: AT, today: '2027-03-02' }, p);
    expect(lapse.ok && lapse.events[0]?.type).toBe('policy.lapsed');
    const expire = decidePolicy(
      { kind: 'end', at: AT, today: '2027-03-02' },
      { ...p, renewedBy: 'pol-2' },
    );
    expect(expire.ok && expire.events[0]?.type).toBe('policy.expired');
    const lapsed = lapse.ok && lapse.events[0] ? evolve(p, lapse.events[0]) : p;
    const twice = decidePolicy({ kind: 'end', at: AT, today: '2027-03-02' }, lapsed);
    expect(!twice.ok && twice.rejection.code).toBe(C.illegalTransition);
  });
});
