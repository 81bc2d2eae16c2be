// The statutory clock of a construction project review counts working days of the configured
// calendar (PERMITS_HOLIDAYS, PERMITS_MAKEUP_WORKDAYS), end to end through the API and the
// public page.
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEnterprise } from '../src/db/enterprises.js';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { acceptedApplication } from './support/flow.js';
import { startPermits, type PermitsService } from './support/harness.js';

let pm: PermitsService;
const ACME = uscc(601);

beforeAll(async () => {
  pm = await startPermits({
    env: { PERMITS_HOLIDAYS: '2026-03-10,2026-03-11', PERMITS_MAKEUP_WORKDAYS: '2026-03-14' },
  });
  await pm.publish(enterpriseRegistered(ACME, false));
  await waitFor(async () => (await findEnterprise(pm.deps.database.db, ACME)) !== undefined);
});
afterAll(async () => {
  await pm.close();
});

describe('a construction project review', () => {
  it('is due 14 working days after acceptance, skipping holidays and counting make-up days', async () => {
    const a = await acceptedApplication(pm, ACME, {
      licenceType: 'hazchem-construction-review',
      stage: 'design-review',
      projectName: '年产5万吨氯碱项目',
    });
    // Accepted Monday 2 March: 3, 4, 5, 6, 9, (10, 11 off), 12, 13, 14 (Saturday, worked),
    // 16, 17, 18, 19, 20, 23 March.
    expect(a['limit']).toEqual({ days: 14, kind: 'working' });
    expect(a['decisionDueBy']).toBe('2026-03-23');
    const track = await call(pm, 'GET', `/v1/permits/track/${a.number}`, undefined, null);
    expect(track.json()).toMatchObject({ nextDeadline: '2026-03-23', status: 'in-progress' });
  });
});
