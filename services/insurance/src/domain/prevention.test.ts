import { describe, expect, it } from 'vitest';
import { claimLevel, decideClaim, THRESHOLDS_2007, type Claim } from './claim.js';
import { InsuranceCodes as C } from './errors.js';
import type { Policy } from './policy.js';
import { decidePlan, decideVisit, type Visit } from './prevention.js';

const policy = {
  id: 'pol-1',
  status: 'active',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  pricing: { premiumFen: 1_000_000, preventionBudgetFen: 210_000 },
} as unknown as Policy;
const plan = {
  policyId: 'pol-1',
  budgetFen: 200_000,
  items: [{ kind: 'training' as const, description: 'd' }],
};
const visit: Visit = {
  id: 'v',
  visitNumber: 'V-1',
  policyId: 'pol-1',
  visitedOn: '2026-03-01',
  costFen: 50_000,
  engineer: 'e',
  findings: [],
};
const code = (d: { ok: boolean; rejection?: { code: string } }) =>
  d.ok ? 'ok' : d.rejection?.code;

describe('prevention services', () => {
  it('accept a budget up to 21 % of the premium and refuse one fen more', () => {
    expect(code(decidePlan(policy, { ...plan, budgetFen: 210_000 }, 0))).toBe('ok');
    expect(code(decidePlan(policy, { ...plan, budgetFen: 210_001 }, 0))).toBe(
      C.preventionBudgetExceeded,
    );
  });
  it('refuse cutting a budget below what visits spent', () => {
    expect(code(decidePlan(policy, { ...plan, budgetFen: 10_000 }, 50_000))).toBe(
      C.preventionBudgetExceeded,
    );
  });
  it('need a plan, a date in the period, and room in the budget for a visit', () => {
    expect(code(decideVisit(policy, undefined, 0, visit, '2026-03-02'))).toBe(
      C.preventionPlanRequired,
    );
    expect(
      code(decideVisit(policy, plan, 0, { ...visit, visitedOn: '2026-03-03' }, '2026-03-02')),
    ).toBe(C.dateOutsidePeriod);
    expect(code(decideVisit(policy, plan, 160_000, visit, '2026-03-02'))).toBe(
      C.preventionBudgetExceeded,
    );
    expect(code(decideVisit(policy, plan, 150_000, visit, '2026-03-02'))).toBe('ok');
  });
});

describe('claims', () => {
  const claim: Claim = {
    id: 'c',
    claimNumber: 'C-1',
    policyId: 'pol-1',
    occurredOn: '2026-02-01',
    deaths: 0,
    disabilities: 0,
    injuries: 1,
    thirdPartyVictims: 0,
    reservedFen: 100,
    paidFen: 0,
  };
  it('imply the accident level of their figures (2007 regulation art. 3)', () => {
    expect(claimLevel(claim, THRESHOLDS_2007)).toBe('general');
    expect(claimLevel({ ...claim, deaths: 3 }, THRESHOLDS_2007)).toBe('larger');
    expect(claimLevel({ ...claim, injuries: 45, disabilities: 5 }, THRESHOLDS_2007)).toBe('major');
    expect(claimLevel({ ...claim, deaths: 30 }, THRESHOLDS_2007)).toBe('especially-major');
  });
  it('lie in the policy period, name a casualty and pay within the reserve', () => {
    expect(code(decideClaim(policy, claim, '2026-03-02'))).toBe('ok');
    expect(code(decideClaim(policy, { ...claim, occurredOn: '2025-12-31' }, '2026-03-02'))).toBe(
      C.dateOutsidePeriod,
    );
    expect(code(decideClaim(policy, { ...claim, injuries: 0 }, '2026-03-02'))).toBe(C.claimInvalid);
    expect(code(decideClaim(policy, { ...claim, paidFen: 101 }, '2026-03-02'))).toBe(
      C.claimInvalid,
    );
  });
});
