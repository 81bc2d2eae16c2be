// Generated hostile requests (see assertNoServerErrors) to every route, as staff, with an
// unknown API key and anonymously: the answer is never a 5xx.
import { assertNoServerErrors, type HostileRoute } from '@yiwang/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { enterpriseBody, putCell, registerDepartment, uscc } from './support/fixtures.js';
import { startExchange, type Exchange } from './support/harness.js';

let ex: Exchange;
let token = '';

const validBodies: Record<string, Record<string, unknown>> = {
  department: {
    code: 'hostile-dept',
    name: 'Hostile',
    kind: 'bank',
    channels: ['pull'],
    policy: { rules: [], regions: ['330500'], legalBasis: 'x', expiresOn: '2099-01-01' },
  },
  policy: {
    rules: [{ type: 'yiwang.credit.*', fields: ['*'] }],
    regions: ['330500'],
    legalBasis: 'x',
    expiresOn: '2099-01-01',
  },
  nkey: { nkey: 'U'.padEnd(56, 'A') },
  enterprise: enterpriseBody(),
  cell: { region: '330502', township: 't', name: 'n' },
  report: {
    gridCellId: 'cell-1',
    category: 'other',
    summary: 's',
    position: { lat: 1, lng: 2 },
    photos: ['p'],
    reportedAt: new Date().toISOString(),
  },
  update: { status: 'accepted' },
  triage: { decision: 'invalid', reason: 'duplicate', note: 'n' },
  subscription: { url: 'http://127.0.0.1:9/h', eventTypes: [], regions: [] },
  replay: { since: new Date().toISOString() },
};

const routes = (s: string): HostileRoute[] => [
  { method: 'POST', url: '/v1/departments', body: 'department' },
  { method: 'GET', url: `/v1/departments?limit=${s}` },
  { method: 'GET', url: `/v1/departments/${s}` },
  { method: 'PUT', url: `/v1/departments/${s}/policy`, body: 'policy' },
  { method: 'POST', url: `/v1/departments/${s}/api-key` },
  { method: 'PUT', url: `/v1/departments/${s}/nats-user`, body: 'nkey' },
  { method: 'PUT', url: `/v1/enterprises/${s}`, body: 'enterprise' },
  { method: 'GET', url: `/v1/enterprises/${s}` },
  { method: 'GET', url: `/v1/enterprises?cursor=${s}&highRisk=${s}&region=${s}` },
  { method: 'POST', url: '/v1/enterprises/import', body: 'import' },
  { method: 'PUT', url: `/v1/grid/cells/${s}`, body: 'cell' },
  { method: 'GET', url: `/v1/grid/cells?region=${s}` },
  { method: 'GET', url: `/v1/grid/cells/${s}` },
  { method: 'POST', url: '/v1/grid/reports', body: 'report' },
  { method: 'GET', url: `/v1/grid/tasks?status=${s}&cursor=${s}` },
  { method: 'GET', url: `/v1/grid/tasks/${s}` },
  { method: 'POST', url: `/v1/grid/tasks/${s}/updates`, body: 'update' },
  { method: 'POST', url: `/v1/departments/${s}/subscriptions`, body: 'subscription' },
  { method: 'GET', url: `/v1/departments/${s}/subscriptions` },
  { method: 'GET', url: `/v1/subscriptions/${s}` },
  { method: 'POST', url: `/v1/subscriptions/${s}/enable` },
  { method: 'DELETE', url: `/v1/subscriptions/${s}` },
  { method: 'GET', url: `/v1/subscriptions/${s}/deliveries?cursor=${s}` },
  { method: 'GET', url: `/v1/deliveries/${s}` },
  { method: 'GET', url: `/v1/departments/${s}/deliveries?channel=${s}&cursor=${s}` },
  { method: 'POST', url: `/v1/deliveries/${s}/redeliver` },
  { method: 'POST', url: `/v1/subscriptions/${s}/replay`, body: 'replay' },
  { method: 'GET', url: `/v1/feed?after=${s}&limit=${s}` },
  { method: 'GET', url: `/v1/ledger/entries?after=${s}` },
  { method: 'GET', url: '/v1/ledger/verify' },
  { method: 'GET', url: '/v1/nats/departments.conf' },
  { method: 'GET', url: `/v1/grid/reports?status=${s}&gridCellId=${s}&cursor=${s}` },
  { method: 'GET', url: `/v1/grid/reports/${s}` },
  { method: 'POST', url: `/v1/grid/reports/${s}/triage`, body: 'triage' },
];

beforeAll(async () => {
  ex = await startExchange();
  token = await ex.token(['admin', 'directory-clerk', 'grid-worker', 'grid-centre'], ['330000']);
  await putCell(ex, 'cell-1');
  await registerDepartment(ex, 'fire', [], { channels: ['pull', 'webhook'] });
});
afterAll(async () => {
  await ex.close();
});

describe('hostile requests', () => {
  it('never get a 5xx from any route', async () => {
    await assertNoServerErrors({
      fc,
      app: ex.app,
      routes,
      validBodies,
      segments: [
        'fire',
        'cell-1',
        uscc(1),
        'gt-x',
        'reported',
        '0195f0e4-0000-7000-8000-000000000000',
      ],
      callers: [{ authorization: `Bearer ${token}` }, { 'x-api-key': 'dept_0123456789ab_x' }],
      numRuns: 600,
    });
  }, 90_000);
});
