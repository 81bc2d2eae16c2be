// Generated hostile requests to every route (fast-check): random JSON, valid bodies with one
// field replaced by anything, deep nesting, huge arrays, `__proto__` keys, wrong media types,
// odd path and query values, as staff, as an enterprise and anonymously. Never a 5xx.
import { waitFor } from '@yiwang/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

type Route = { method: 'GET' | 'POST'; url: string; body?: string };
const segment = fc.oneof(
  fc.constantFrom('app-none', ACME, '__id__', '__lic__', '__no__'),
  fc.string({ maxLength: 30 }),
);
const routes = (s: string): Route[] => [
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

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const mutated = (name: string) =>
  fc
    .tuple(
      fc.constantFrom(...Object.keys(validBodies[name] ?? { x: 1 }), 'extra', '__proto__'),
      fc.anything(),
    )
    .map(([key, value]) => JSON.stringify({ ...validBodies[name], [key]: value }));
const payload = (name: string | undefined) =>
  fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    name === undefined ? fc.constant('{}') : mutated(name),
    name === undefined ? fc.constant('{}') : fc.constant(JSON.stringify(validBodies[name])),
    fc.integer({ min: 10, max: 5_000 }).map(deep),
    fc
      .integer({ min: 1_000, max: 50_000 })
      .map((n) => JSON.stringify(Array.from({ length: n }, (_, i) => i))),
    fc.constant('{"__proto__":{"admin":true},"uscc":"x"}'),
    fc.constant('{"constructor":{"prototype":{"x":1}}}'),
    fc.string({ maxLength: 200 }),
  );
const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
);

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
    const count = routes('x').length;
    const arbitrary = fc
      .tuple(
        segment,
        fc.nat({ max: count - 1 }),
        contentType,
        fc.nat({ max: 2 }),
        fc.nat({ max: 1 }),
      )
      .chain(([s, index, type, who, which]) => {
        const value =
          s === '__id__'
            ? (ids[which] ?? 'x')
            : s === '__lic__'
              ? licenceId
              : s === '__no__'
                ? number
                : encodeURIComponent(s);
        const route = routes(value)[index] as Route;
        return fc.tuple(
          fc.constant(route),
          payload(route.body),
          fc.constant(type),
          fc.constant(who),
        );
      });
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([route, body, type, who]) => {
        const token = tokens[who];
        const res = await pm.app.inject({
          method: route.method,
          url: route.url,
          headers: {
            'content-type': type,
            ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          },
          ...(route.method === 'GET' ? {} : { payload: body }),
        });
        if (res.statusCode >= 500)
          throw new Error(`${route.method} ${route.url} (${type}) → ${res.statusCode} ${res.body}`);
        expect(res.headers['content-type']).toMatch(/json|text\/plain/);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
