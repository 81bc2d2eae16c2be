// Generated hostile requests to every route (fast-check): random JSON, valid bodies with one
// field replaced by anything, deep nesting, huge arrays, `__proto__` keys, wrong media types,
// odd path and query values. Whatever arrives, the answer is never a 5xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

type Route = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: string };
const segment = fc.oneof(
  fc.constantFrom(
    'fire',
    'cell-1',
    uscc(1),
    'gt-x',
    'reported',
    '0195f0e4-0000-7000-8000-000000000000',
  ),
  fc.string({ maxLength: 30 }),
);
const routes = (s: string): Route[] => [
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

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const mutated = (name: string) =>
  fc
    .tuple(fc.constantFrom(...Object.keys(validBodies[name] ?? { x: 1 })), fc.anything())
    .map(([key, value]) => JSON.stringify({ ...validBodies[name], [key]: value }));
const payload = (name: string | undefined) =>
  fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    name === undefined || name === 'import' ? fc.constant('{}') : mutated(name),
    fc.integer({ min: 10, max: 5_000 }).map(deep),
    fc
      .integer({ min: 1_000, max: 50_000 })
      .map((n) => JSON.stringify(Array.from({ length: n }, (_, i) => i))),
    fc.constant('{"__proto__":{"admin":true},"code":"x"}'),
    fc.constant('{"constructor":{"prototype":{"x":1}}}'),
    fc.string({ maxLength: 200 }),
  );
const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'application/xml',
  'text/csv',
  'application/x-ndjson',
  'application/x-www-form-urlencoded',
  'application/merge-patch+json',
);

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
    const arbitrary = fc
      .tuple(segment, fc.nat({ max: 33 }), contentType, fc.boolean())
      .chain(([s, index, type, auth]) => {
        const route = routes(encodeURIComponent(s))[index] as Route;
        return fc.tuple(
          fc.constant(route),
          payload(route.body),
          fc.constant(type),
          fc.constant(auth),
        );
      });
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([route, body, type, auth]) => {
        const res = await ex.app.inject({
          method: route.method,
          url: route.url,
          headers: {
            'content-type': type,
            ...(auth
              ? { authorization: `Bearer ${token}` }
              : { 'x-api-key': 'dept_0123456789ab_x' }),
          },
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: body }),
        });
        if (res.statusCode >= 500)
          throw new Error(`${route.method} ${route.url} (${type}) → ${res.statusCode} ${res.body}`);
        expect(res.headers['content-type']).toMatch(/json|text\/plain/);
      }),
      { numRuns: 600 },
    );
  }, 90_000);
});
