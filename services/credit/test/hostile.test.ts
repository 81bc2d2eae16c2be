// Generated hostile requests (see assertNoServerErrors) to every route, as staff, a
// department, an enterprise and anonymously: the answer is never a 5xx.
import fc from 'fast-check';
import { assertNoServerErrors, waitFor, type HostileRoute } from '@yiwang/testing';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { accidentReported, call, uscc } from './support/fixtures.js';
import { startCredit, type CreditService } from './support/harness.js';

let cr: CreditService;
const tokens: string[] = [];
const ENT = uscc(501);
let listingId = 'lst-x';

const validBodies: Record<string, Record<string, unknown>> = {
  subject: { kind: 'agency', uscc: ENT, name: 'n', region: '330502' },
  person: {
    kind: 'responsible-person',
    idNumber: '33050219800101123X',
    name: 'n',
    enterpriseUscc: ENT,
  },
  lookup: { idNumber: '33050219800101123X' },
  record: {
    subjectId: ENT,
    kind: 'penalty',
    triggerRef: 'p-1',
    occurredOn: '2026-01-01',
    summary: 's',
  },
  propose: { subjectId: ENT, criterion: 'other', recordIds: ['rec-1'] },
  check: { uscc: ENT, purpose: 'loan' },
  measures: { measures: ['loan-limit'] },
  notice: { noticeNumber: 'N-1' },
  defence: { summary: 's' },
  decide: { decision: 'list', decisionNumber: 'D-1' },
  'early-removal': { evidence: ['e'], summary: 's' },
  'early-removal-decision': { decision: 'approved', decisionNumber: 'D-2' },
  restore: { decisionNumber: 'D-3', reason: 'r' },
  revoke: { decisionNumber: 'D-4' },
};
const transitions = [
  'notice',
  'defence',
  'decide',
  'early-removal',
  'early-removal-decision',
  'restore',
  'revoke',
];

const routes = (s: string): HostileRoute[] => [
  { method: 'POST', url: '/v1/credit/subjects', body: 'subject' },
  { method: 'POST', url: '/v1/credit/subjects', body: 'person' },
  { method: 'POST', url: '/v1/credit/persons/lookup', body: 'lookup' },
  { method: 'GET', url: `/v1/credit/subjects/${s}` },
  { method: 'GET', url: `/v1/credit/subjects/${s}/records?cursor=${s}&limit=${s}` },
  { method: 'GET', url: `/v1/credit/subjects/${s}/ratings?cursor=${s}` },
  { method: 'POST', url: '/v1/credit/records', body: 'record' },
  { method: 'POST', url: '/v1/credit/listings', body: 'propose' },
  { method: 'GET', url: `/v1/credit/listings?cursor=${s}&status=${s}&region=${s}` },
  { method: 'GET', url: `/v1/credit/listings/${s}` },
  { method: 'POST', url: '/v1/credit/checks', body: 'check' },
  { method: 'GET', url: `/v1/credit/checks?cursor=${s}&department=${s}` },
  { method: 'GET', url: '/v1/credit/measures' },
  { method: 'PUT', url: `/v1/credit/departments/${s}/measures`, body: 'measures' },
  { method: 'GET', url: `/v1/public/credit/listings?cursor=${s}&region=${s}&limit=${s}` },
  ...transitions.map((t) => ({
    method: 'POST' as const,
    url: `/v1/credit/listings/${s}/${t}`,
    body: t,
  })),
];

beforeAll(async () => {
  cr = await startCredit({
    CREDIT_PUBLIC_RATE_PER_MINUTE: '100000',
    CREDIT_PUBLIC_BURST: '100000',
  });
  tokens.push(
    await cr.token({ roles: ['credit-officer', 'supervisor', 'admin'], regions: ['330000'] }),
  );
  tokens.push(await cr.token({ roles: ['credit-checker'], dept: 'bank-a' }));
  tokens.push(await cr.token({ roles: ['enterprise'], dept: ENT }));
  await call(cr, 'PUT', '/v1/credit/departments/bank-a/measures', validBodies['measures'], {
    roles: ['admin'],
  });
  await cr.publish(accidentReported('acc-h', ENT, 'major', '2026-02-01T01:00:00Z'));
  listingId = await waitFor(async () => {
    const r = await call(cr, 'GET', `/v1/credit/listings?subjectId=${ENT}`);
    return r.json<{ items: { id: string }[] }>().items[0]?.id;
  });
});
afterAll(async () => {
  await cr.close();
});

describe('hostile requests', () => {
  it('never get a 5xx from any route', async () => {
    await assertNoServerErrors({
      fc,
      app: cr.app,
      routes,
      validBodies,
      segments: [ENT, 'per-0195f0e4-0000-7000-8000-000000000000', 'bank-a'],
      placeholders: { __listing__: [listingId] },
      callers: tokens.map((token) => ({ authorization: `Bearer ${token}` })),
      numRuns: 500,
    });
  }, 120_000);
});
