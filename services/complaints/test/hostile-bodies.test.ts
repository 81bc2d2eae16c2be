// Show: generated hostile requests (see assertNoServerErrors) to every route, as each staff
// role, as the reporter (access key) and anonymously, with report-shaped and Open311 form
// bodies besides the generic ones, never cause a 5xx.
import { assertNoServerErrors, type HostileRoute } from '@yiwang/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { created, reportBody, uscc } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let id: string;
let trackingCode: string;
let apiKey: string;
const callers: Record<string, string>[] = [];

const validBodies: Record<string, Record<string, unknown>> = {
  report: reportBody(),
  triage: {
    category: 'major-hazard',
    summaryCode: 'HC-012',
    industry: 'mining',
    staffSummary: 's',
  },
  accept: {},
  decline: { reason: 'duplicate', transferredTo: 'unit-1' },
  assign: { unit: 'unit-1', assignee: 'u-1' },
  extension: { days: 10, reasonCode: 'complex-case', reason: 'r' },
  'conclusion-extension': { totalDays: 60, reason: 'r' },
  verification: {
    result: 'substantiated',
    severity: 'major',
    findings: 'f',
    fineFen: 100,
    alreadyKnown: false,
  },
  outcome: { outcome: 'hazard-case', hazardId: 'hz-1' },
  feedback: {},
  'reward-decision': {},
  'reward-claim': {},
  'reward-forfeiture': { reason: 'declined' },
  close: {},
  'identity/reveal': { reason: 'r' },
  rule: { unit: 'unit-1' },
  client: { name: 'app' },
};
const ACTIONS = Object.keys(validBodies).filter((k) => !['report', 'rule', 'client'].includes(k));

const routes = (s: string): HostileRoute[] => [
  { method: 'POST', url: '/v1/reports', body: 'report' },
  { method: 'GET', url: `/v1/reports/track/${s}` },
  { method: 'GET', url: `/v1/reports/track/${s}?cursor=${s}` },
  { method: 'GET', url: `/v1/reports?limit=${s}&cursor=${s}&status=${s}` },
  { method: 'GET', url: `/v1/reports?region=${s}&deadline=${s}&category=${s}` },
  { method: 'GET', url: `/v1/reports/stats?region=${s}` },
  { method: 'GET', url: `/v1/reports/${s}` },
  ...ACTIONS.map((action) => ({
    method: 'POST' as const,
    url: `/v1/reports/${s}/${action}`,
    body: action,
  })),
  { method: 'POST', url: `/v1/reports/${s}/${s}`, body: 'triage' },
  { method: 'GET', url: `/v1/reports/${s}/identity/reveals` },
  { method: 'POST', url: '/v1/vault/rewrap' },
  { method: 'GET', url: `/v1/routing-rules?region=${s}` },
  { method: 'PUT', url: `/v1/routing-rules/${s}/${s}`, body: 'rule' },
  { method: 'POST', url: '/v1/open311/clients', body: 'client' },
  { method: 'GET', url: `/open311/v2/services/${s}.json` },
  { method: 'POST', url: '/open311/v2/requests.json', body: 'open311' },
  { method: 'GET', url: `/open311/v2/requests.json?api_key=${s}&service_request_id=${s}` },
  {
    method: 'GET',
    url: `/open311/v2/requests.json?api_key=${s}&start_date=${s}&end_date=${s}&status=${s}`,
  },
  { method: 'GET', url: `/open311/v2/requests.json?jurisdiction_id=${s}&service_code=${s}` },
  { method: 'GET', url: `/open311/v2/requests/${s}.json` },
  { method: 'GET', url: `/open311/v2/tokens/${s}.json` },
  { method: 'GET', url: `/open311/v2/discovery.json?${s}=${s}` },
  { method: 'POST', url: `/open311/v2/${s}.json`, body: 'open311' },
];

/** Intake- and case-shaped JSON: any subset of the fields, each with any value. */
const shapedPayloads = [
  fc.record(
    {
      channel: fc.string(),
      category: fc.string(),
      description: fc.string(),
      location: fc.jsonValue(),
      enterprise: fc.jsonValue(),
      reporter: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      result: fc.constantFrom('substantiated', 'unsubstantiated', 'x'),
      days: fc.integer(),
      fineFen: fc.double(),
      reason: fc.string(),
      unit: fc.string(),
    },
    { requiredKeys: [] },
  ),
].map((shaped) => shaped.map((value) => JSON.stringify(value)));

/** A valid Open311 form with one field (or a foreign one) set to any string. */
const open311Form = (valid: Record<string, string>) =>
  fc
    .record({
      key: fc.constantFrom(...Object.keys(valid), 'extra', '__proto__', 'attribute[x]'),
      value: fc.string({ maxLength: 200 }),
    })
    .map(({ key, value }) => new URLSearchParams({ ...valid, [key]: value }).toString());

beforeAll(async () => {
  h = await startHarness();
  const report = await created(h, reportBody());
  ({ id, trackingCode } = report);
  const supervisor = await h.token('supervisor');
  const client = await h.app.inject({
    method: 'POST',
    url: '/v1/open311/clients',
    payload: { name: 'Hostile civic app' },
    headers: { authorization: `Bearer ${supervisor}` },
  });
  ({ apiKey } = client.json<{ apiKey: string }>());
  validBodies['open311'] = open311Body();
  for (const role of ['inspector', 'custodian', 'operator']) {
    callers.push({ authorization: `Bearer ${await h.token(role)}` });
  }
  callers.push({ authorization: `Bearer ${supervisor}` }, { 'x-access-key': report.accessKey });
});
afterAll(async () => h.close());

function open311Body(): Record<string, string> {
  return {
    api_key: apiKey,
    service_code: 'major-hazard',
    description: 'Blocked fire exit',
    lat: '30.87',
    long: '120.09',
    'attribute[enterprise_uscc]': uscc(),
    'attribute[employee]': 'false',
  };
}

describe('hostile input', () => {
  it('never gets a 5xx from any route', async () => {
    await assertNoServerErrors({
      fc,
      app: h.app,
      routes,
      validBodies,
      segments: ['330502', 'mining', '*', 'major-hazard', 'NOPE-NOPE-NOPE', 'a'.repeat(300)],
      placeholders: { __id__: [id], __code__: [trackingCode], __key__: [apiKey] },
      callers,
      segmentHeaders: ['x-access-key', 'idempotency-key'],
      extraPayloads: [...shapedPayloads, open311Form(open311Body())],
      numRuns: 600,
    });
  }, 120_000);
});
