// Show: generated hostile bodies, params and queries to every route never cause a 5xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, reportBody } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let id: string;
let trackingCode: string;
let tokens: Record<string, string>;
beforeAll(async () => {
  h = await startHarness();
  ({ id, trackingCode } = await created(h, reportBody()));
  tokens = {
    supervisor: await h.token('supervisor'),
    inspector: await h.token('inspector'),
    custodian: await h.token('custodian'),
    operator: await h.token('operator'),
  };
});
afterAll(async () => h.close());

const ACTIONS = [
  'triage',
  'accept',
  'decline',
  'assign',
  'extension',
  'conclusion-extension',
  'verification',
  'outcome',
  'feedback',
  'reward-decision',
  'reward-claim',
  'reward-forfeiture',
  'close',
  'identity/reveal',
];

const routes = (): [string, string][] => [
  ['POST', '/v1/reports'],
  ['GET', `/v1/reports/track/${trackingCode}`],
  ['GET', '/v1/reports'],
  ['GET', `/v1/reports/${id}`],
  ...ACTIONS.map((a): [string, string] => ['POST', `/v1/reports/${id}/${a}`]),
  ['GET', `/v1/reports/${id}/identity/reveals`],
  ['POST', '/v1/vault/rewrap'],
  ['GET', '/v1/routing-rules'],
  ['PUT', '/v1/routing-rules/330502/mining'],
  ['POST', '/v1/open311/clients'],
  ['GET', '/open311/v2/services/major-hazard.json'],
  ['POST', '/open311/v2/requests.json'],
  ['GET', '/open311/v2/requests.json'],
  ['GET', `/open311/v2/requests/${id}.json`],
  ['GET', '/open311/v2/tokens/abc.json'],
  ['GET', '/open311/v2/discovery.json'],
  ['POST', '/open311/v2/no-such-route.json'],
];

const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
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
);
const segment = fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s));

describe('hostile input', () => {
  it('never gets a 5xx from any route', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes()),
        fc.constantFrom(undefined, 'supervisor', 'inspector', 'custodian', 'operator'),
        fc.oneof(
          hostileJson.map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 200 }),
        ),
        fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain'),
        segment,
        fc.dictionary(
          fc.constantFrom(
            'limit',
            'cursor',
            'status',
            'region',
            'deadline',
            'category',
            'api_key',
            'service_request_id',
            'start_date',
          ),
          fc.string({ maxLength: 30 }),
        ),
        fc.boolean(),
        async ([method, path], role, payload, contentType, seg, query, replaceLast) => {
          const url =
            (replaceLast ? path.replace(/[^/]+$/, seg || 'x') : path) +
            `?${new URLSearchParams(query).toString()}`;
          const res = await h.app.inject({
            method: method as 'GET',
            url,
            ...(method === 'GET' ? {} : { payload }),
            headers: {
              ...(method === 'GET' ? {} : { 'content-type': contentType }),
              ...(role === undefined ? {} : { authorization: `Bearer ${tokens[role]}` }),
              'x-access-key': seg,
              'idempotency-key': seg,
            },
          });
          seen.add(res.statusCode);
          expect(
            res.statusCode,
            `${method} ${url} ${payload.slice(0, 200)} → ${res.body}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: 600 },
    );
    expect([...seen].some((s) => s >= 400)).toBe(true);
  }, 90_000);
});
