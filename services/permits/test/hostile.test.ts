// Generated hostile requests (see assertNoServerErrors) to every route, as staff, as an
// enterprise and anonymously: the answer is never a 5xx.
import { assertNoServerErrors, waitFor, type HostileRoute } from '@yiwang/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CONDITIONS } from '../src/domain/conditions.js';
import { findEnterprise } from '../src/db/enterprises.js';
import { enterpriseRegistered, uscc } from './support/fixtures.js';
import { BOSS, readyForDecision, step } from './support/flow.js';
import { startPermits, type PermitsService } from './support/harness.js';

let pm: PermitsService;
const ACME = uscc(401);
const tokens: string[] = [];
const ids: string[] = [];
let licenceId = 'lic-x';
let number = 'HZ-SQ-2026-000001-XXXX';

const validBodies: Record<string, Record<string, unknown>> = {
  draft: { uscc: ACME, licenceType: 'hazchem-operation', kind: 'new', scope: 's' },
  evidence: { condition: 'safety-budget', documents: ['d'] },
  submit: {},
  'supplement-request': { missing: ['other'], details: 'd' },
  supplement: {},
  accept: {},
  'credit-check': {},
  'document-review': {
    findings: CONDITIONS.map((condition) => ({ condition, met: true, evidence: ['d'] })),
  },
  inspection: { inspectors: ['a', 'b'], result: 'pass' },
  'expert-review': { experts: 3 },
  'expert-review-result': { conclusion: 'pass' },
  decision: { outcome: 'refused', reasons: 'r' },
  notes: { text: 't' },
  suspend: { reason: 'violation', note: 'n' },
  reinstate: {},
  revoke: { reason: 'r' },
  cancel: { reason: 'surrendered' },
  violation: { uscc: ACME, kind: 'other', summary: 's', foundAt: '2026-01-01T00:00:00Z' },
};
const steps = Object.keys(validBodies).filter(
  (k) => !['draft', 'violation', 'suspend', 'reinstate', 'revoke', 'cancel'].includes(k),
);
const actions = ['suspend', 'reinstate', 'revoke', 'cancel'];

const routes = (s: string): HostileRoute[] => [
  { method: 'POST', url: '/v1/permits/applications', body: 'draft' },
  { method: 'GET', url: `/v1/permits/applications/${s}` },
  { method: 'GET', url: `/v1/permits/applications/${s}/progress` },
  { method: 'GET', url: `/v1/permits/applications?cursor=${s}&status=${s}&limit=${s}` },
  { method: 'GET', url: `/v1/permits/applications?uscc=${s}&region=${s}&licenceType=${s}` },
  { method: 'GET', url: `/v1/permits/licences/${s}` },
  { method: 'GET', url: `/v1/permits/licences?cursor=${s}&status=${s}&region=${s}&uscc=${s}` },
  { method: 'GET', url: `/v1/permits/track/${s}` },
  { method: 'POST', url: '/v1/permits/violations', body: 'violation' },
  ...steps.map((t) => ({
    method: 'POST' as const,
    url: `/v1/permits/applications/${s}/${t}`,
    body: t,
  })),
  ...actions.map((t) => ({
    method: 'POST' as const,
    url: `/v1/permits/licences/${s}/${t}`,
    body: t,
  })),
];

beforeAll(async () => {
  pm = await startPermits();
  tokens.push(await pm.token({ roles: ['reviewer', 'supervisor', 'admin'], regions: ['330000'] }));
  tokens.push(await pm.token({ roles: ['enterprise'], dept: ACME }));
  await pm.publish(enterpriseRegistered(ACME, false));
  await waitFor(async () => (await findEnterprise(pm.deps.database.db, ACME)) !== undefined);
  const a = await readyForDecision(pm, ACME);
  number = a.number;
  ids.push(a.id);
  const done = await step(pm, a.id, 'decision', { outcome: 'approved' }, BOSS);
  licenceId = (done['licence'] as { licenceId: string }).licenceId;
  ids.push((await readyForDecision(pm, ACME)).id);
});
afterAll(async () => {
  await pm.close();
});

describe('hostile requests', () => {
  it('never get a 5xx from any route', async () => {
    await assertNoServerErrors({
      fc,
      app: pm.app,
      routes,
      validBodies,
      segments: ['app-none', ACME],
      placeholders: { __id__: ids, __lic__: [licenceId], __no__: [number] },
      callers: tokens.map((token) => ({ authorization: `Bearer ${token}` })),
      numRuns: 500,
    });
  }, 120_000);
});
