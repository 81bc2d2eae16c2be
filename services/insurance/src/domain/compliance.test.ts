import { describe, expect, it } from 'vitest';
import {
  decideCompliance,
  evolveCompliance,
  type Compliance,
  type ComplianceEvent,
  type ComplianceFacts,
} from './compliance.js';

const AT = '2026-03-02T02:00:00.000Z';
const facts: ComplianceFacts = {
  uscc: 'E',
  region: '330502',
  industry: 'hazardous-chemicals',
  highRisk: true,
  open: true,
  hadPolicy: false,
};
function given(...events: ComplianceEvent[]): Compliance | undefined {
  return events.reduce<Compliance | undefined>((s, e) => evolveCompliance(s, facts, e), undefined);
}
const decide = (f: Partial<ComplianceFacts>, s: Compliance | undefined) => {
  const d = decideCompliance({ ...facts, ...f }, s, AT, 'cmp-1');
  if (!d.ok) throw new Error('rejected');
  return d.events.map((e) => e.type);
};
const violated: ComplianceEvent = {
  type: 'compliance.violated',
  at: AT,
  caseId: 'cmp-0',
  reason: 'no-policy',
};

describe('compliance of a high-risk enterprise', () => {
  it('is violated without a policy, naming a lapse when there was one', () => {
    expect(decide({}, undefined)).toEqual(['compliance.violated']);
    const d = decideCompliance({ ...facts, hadPolicy: true }, undefined, AT, 'cmp-1');
    expect(d.ok && d.events[0]).toMatchObject({ reason: 'policy-lapsed', caseId: 'cmp-1' });
  });
  it('is restored by a policy, keeping the case id', () => {
    const s = given(violated);
    expect(decide({ activePolicyId: 'pol-1' }, s)).toEqual(['compliance.restored']);
    const after = evolveCompliance(s, facts, {
      type: 'compliance.restored',
      at: AT,
      policyId: 'pol-1',
    });
    expect(after).toMatchObject({
      status: 'compliant',
      caseId: 'cmp-0',
      policyId: 'pol-1',
      version: 2,
    });
  });
  it('flips nothing twice: violated stays violated, compliant stays compliant', () => {
    expect(decide({}, given(violated))).toEqual([]);
    const ok = given({
      type: 'compliance.assessed',
      at: AT,
      status: 'compliant',
      policyId: 'pol-1',
    });
    expect(decide({ activePolicyId: 'pol-1' }, ok)).toEqual([]);
  });
  it('ends a violation when the enterprise closes or stops being high-risk', () => {
    const s = given(violated);
    const closed = decideCompliance({ ...facts, open: false }, s, AT, 'x');
    expect(closed.ok && closed.events).toEqual([
      { type: 'compliance.ended', at: AT, reason: 'enterprise-closed' },
    ]);
    const low = decideCompliance({ ...facts, highRisk: false }, s, AT, 'x');
    expect(low.ok && low.events[0]).toMatchObject({ reason: 'not-high-risk' });
  });
  it('publishes nothing for an enterprise that never needed a policy', () => {
    expect(decide({ highRisk: false }, undefined)).toEqual(['compliance.assessed']);
    expect(
      decide(
        { highRisk: false },
        given({ type: 'compliance.assessed', at: AT, status: 'not-required' }),
      ),
    ).toEqual([]);
  });
});
