// Specs of the licence lifecycle: suspension follows the holder's automatic reasons, a staff
// suspension stays until staff lift it, renewal due once per term, expiry after the last day.
import { describe, expect, it } from 'vitest';
import { decideLicence, reconcileOutcome, termEnd, type LicenceCommand } from './decide-licence.js';
import { evolveLicence, type Licence } from './licence.js';
import { RULES } from './test-rules.js';

const at = (today: string) => ({ at: `${today}T02:00:00Z`, today, by: 'staff-1' });
const issued: Licence = evolveLicence(undefined, {
  type: 'licence.issued',
  at: '2025-03-03T02:00:00Z',
  licence: {
    id: 'lic-1',
    number: 'XK-1',
    licenceType: 'hazchem-operation',
    uscc: '91330502000000101X',
    region: '330502',
    enterpriseName: 'x',
    industry: 'hazardous-chemicals',
    scope: 's',
    applicationId: 'app-1',
    issuedAt: '2025-03-03T02:00:00Z',
    termStart: '2025-03-03',
    validUntil: termEnd('2025-03-03', RULES),
  },
});

function run(s: Licence, cmd: LicenceCommand): Licence {
  const d = decideLicence(cmd, s, RULES);
  if (!d.ok) throw new Error(d.rejection.code);
  return d.events.reduce<Licence>((x, e) => evolveLicence(x, e), s);
}
const reconcile = (
  reasons: LicenceCommand extends infer C
    ? C extends { kind: 'reconcile'; reasons: infer R }
      ? R
      : never
    : never,
  today = '2025-06-01',
): LicenceCommand => ({
  kind: 'reconcile',
  ...at(today),
  reasons,
  decisionNumber: 'ZK-1',
});

describe('a licence', () => {
  it('is valid 3 years to the day before', () => {
    expect(issued.validUntil).toBe('2028-03-02');
  });

  it('is suspended while automatic reasons hold and reinstated when the last one ends', () => {
    let l = run(issued, reconcile(['credit-listed']));
    expect(l.status).toBe('suspended');
    expect(reconcileOutcome(l, ['credit-listed'])).toBe('none');
    l = run(l, reconcile(['credit-listed', 'insurance-lapsed']));
    expect(l.suspension?.auto).toEqual(['credit-listed', 'insurance-lapsed']);
    l = run(l, reconcile(['insurance-lapsed']));
    expect(l.status).toBe('suspended');
    l = run(l, reconcile([]));
    expect(l.status).toBe('active');
  });

  it('a staff suspension outlives the automatic reasons, and staff cannot lift it while they hold', () => {
    let l = run(issued, {
      kind: 'suspend',
      ...at('2025-06-01'),
      reason: 'violation',
      note: 'n',
      decisionNumber: 'ZK-2',
    });
    l = run(l, reconcile(['credit-listed']));
    expect(
      decideLicence({ kind: 'reinstate', ...at('2025-06-02'), decisionNumber: 'ZK-3' }, l, RULES)
        .ok,
    ).toBe(false);
    l = run(l, reconcile([]));
    expect(l.status).toBe('suspended');
    expect(run(l, { kind: 'reinstate', ...at('2025-06-03'), decisionNumber: 'ZK-3' }).status).toBe(
      'active',
    );
  });

  it('announces renewal once per term from 30 days before it is due (3 months before expiry)', () => {
    const flag = (today: string): LicenceCommand => ({
      kind: 'flag-renewal-due',
      ...at(today),
      noFatalAccidentInTerm: true,
    });
    expect(decideLicence(flag('2027-11-01'), issued, RULES).ok).toBe(false);
    const l = run(issued, flag('2027-11-02'));
    expect(l.renewalDueBy).toBe('2027-12-02');
    expect(decideLicence(flag('2027-11-03'), l, RULES).ok).toBe(false);
    const renewed = run(l, {
      kind: 'renew',
      ...at('2027-12-01'),
      applicationId: 'app-2',
      withoutReview: true,
    });
    expect(renewed).toMatchObject({
      termStart: '2028-03-03',
      validUntil: '2031-03-02',
      renewals: 1,
    });
    expect(decideLicence(flag('2030-11-02'), renewed, RULES).ok).toBe(true);
  });

  it('expires the day after its last valid day; revoked and expired licences stay ended', () => {
    const expire = (today: string): LicenceCommand => ({ kind: 'expire', ...at(today) });
    expect(decideLicence(expire('2028-03-02'), issued, RULES).ok).toBe(false);
    const l = run(issued, expire('2028-03-03'));
    expect(l.status).toBe('expired');
    expect(decideLicence(reconcile(['credit-listed']), l, RULES)).toEqual({ ok: true, events: [] });
    const revoked = run(issued, {
      kind: 'revoke',
      ...at('2025-05-01'),
      reason: 'r',
      decisionNumber: 'ZK-4',
    });
    expect(decideLicence(expire('2028-03-03'), revoked, RULES).ok).toBe(false);
  });
});
