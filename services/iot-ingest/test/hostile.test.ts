// Generated hostile requests to every route (fast-check): random JSON, valid bodies with one
// field replaced by anything, deep nesting, huge arrays, `__proto__` keys, wrong media types,
// odd path and query values, broken NDJSON, as staff, as an enterprise, as a gateway and
// anonymously. The answer is never a 5xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, gateway, ingest, sensor, uscc } from './support/fixtures.js';
import { startIot, type IotService } from './support/harness.js';

let svc: IotService;
let key: string;
const ACME = uscc(901);
const headers: Record<string, string>[] = [];
let alarmId = 'al-x';

const validBodies: Record<string, unknown> = {
  gateway: { uscc: ACME, name: 'gw', region: '330502' },
  sensor: {
    gatewayId: 'gw-h',
    kind: 'pressure',
    unit: 'mpa',
    limits: { high: 1.6, highHigh: 2 },
    range: { min: 0, max: 4 },
  },
  readings: { readings: [{ sensorId: 'gas-h', ts: '2026-03-02T01:59:00Z', value: 1, seq: 1 }] },
  dispose: { disposition: 'false', note: 'n' },
  acknowledge: {},
};

type Route = { method: 'GET' | 'POST' | 'PUT'; url: string; body?: string };
const segment = fc.oneof(
  fc.constantFrom('gw-h', 'gas-h', 'inst-1', '__alarm__', '%00', '..', 'a'.repeat(300)),
  fc.string({ maxLength: 30 }),
);
const routes = (s: string): Route[] => [
  { method: 'PUT', url: `/v1/gateways/${s}`, body: 'gateway' },
  { method: 'POST', url: `/v1/gateways/${s}/key` },
  { method: 'GET', url: `/v1/gateways/${s}` },
  { method: 'PUT', url: `/v1/sensors/${s}`, body: 'sensor' },
  { method: 'GET', url: `/v1/sensors/${s}` },
  { method: 'GET', url: `/v1/sensors?state=${s}&uscc=${s}&region=${s}&cursor=${s}&limit=${s}` },
  { method: 'GET', url: `/v1/sensors/${s}/readings?from=${s}&to=${s}&step=${s}` },
  { method: 'GET', url: `/v1/sensors/gas-h/readings?from=2026-03-01T00:00:00Z&to=${s}&step=1` },
  { method: 'POST', url: '/v1/readings', body: 'readings' },
  { method: 'GET', url: `/v1/alarms?cursor=${s}&status=${s}&limit=${s}` },
  { method: 'GET', url: `/v1/alarms?uscc=${s}&region=${s}&level=${s}&active=${s}` },
  { method: 'GET', url: `/v1/alarms/${s}` },
  { method: 'POST', url: `/v1/alarms/${s}/acknowledge`, body: 'acknowledge' },
  { method: 'POST', url: `/v1/alarms/${s}/dispose`, body: 'dispose' },
  { method: 'GET', url: `/v1/installations/${s}/overview` },
];

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const mutated = (name: string) => {
  const valid = validBodies[name] as Record<string, unknown>;
  return fc
    .tuple(fc.constantFrom(...Object.keys(valid), 'extra'), fc.anything())
    .map(([k, value]) => JSON.stringify({ ...valid, [k]: value }));
};
const mutatedReading = fc
  .tuple(fc.constantFrom('sensorId', 'ts', 'value', 'seq', '__proto__', 'x'), fc.anything())
  .map(([k, value]) =>
    JSON.stringify({
      readings: [{ sensorId: 'gas-h', ts: '2026-03-02T01:59:00Z', value: 1, [k]: value }],
    }),
  );
const payload = (name: string | undefined) =>
  fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    name === undefined ? fc.constant('{}') : mutated(name),
    name === 'readings'
      ? mutatedReading
      : fc.constant(JSON.stringify(validBodies[name ?? 'acknowledge'])),
    fc.integer({ min: 10, max: 5_000 }).map(deep),
    fc
      .integer({ min: 1_000, max: 20_000 })
      .map((n) => JSON.stringify({ readings: Array.from({ length: n }, (_, i) => i) })),
    fc.constant('{"__proto__":{"admin":true},"uscc":"x"}'),
    fc.constant('{"constructor":{"prototype":{"x":1}}}'),
    fc.constant(
      '{"sensorId":"gas-h","ts":"2026-03-02T01:59:00Z","value":1e999}\n{"__proto__":1}\n' +
        deep(3000),
    ),
    fc.string({ maxLength: 200 }),
  );
const contentType = fc.constantFrom(
  'application/json',
  'application/x-ndjson',
  'text/plain',
  'application/xml',
);

beforeAll(async () => {
  svc = await startIot();
  key = await gateway(svc, 'gw-h', ACME);
  await sensor(svc, 'gas-h', 'gw-h', {
    kind: 'combustible-gas',
    unit: 'percent-lel',
    minDurationSeconds: 0,
    installationId: 'inst-1',
  });
  await ingest(svc, key, [{ sensorId: 'gas-h', ts: at(svc, -10), value: 70 }]);
  const alarms = await svc.app.inject({
    method: 'GET',
    url: '/v1/alarms',
    headers: { authorization: `Bearer ${await svc.token({ roles: ['admin'] })}` },
  });
  alarmId = alarms.json<{ items: { id: string }[] }>().items[0]?.id ?? alarmId;
  headers.push({
    authorization: `Bearer ${await svc.token({ roles: ['inspector', 'supervisor', 'admin'], regions: ['330000'] })}`,
  });
  headers.push({
    authorization: `Bearer ${await svc.token({ roles: ['enterprise'], dept: ACME })}`,
  });
  headers.push({ 'x-api-key': key });
  headers.push({});
});
afterAll(async () => {
  await svc.close();
});

describe('hostile requests', () => {
  it('never get a 5xx from any route', async () => {
    const count = routes('x').length;
    const arbitrary = fc
      .tuple(segment, fc.nat({ max: count - 1 }), contentType, fc.nat({ max: headers.length - 1 }))
      .chain(([s, index, type, who]) => {
        const value = s === '__alarm__' ? alarmId : encodeURIComponent(s);
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
        const res = await svc.app.inject({
          method: route.method,
          url: route.url,
          headers: { 'content-type': type, ...headers[who] },
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
