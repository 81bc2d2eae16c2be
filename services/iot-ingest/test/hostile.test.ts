// Generated hostile requests (see assertNoServerErrors) to every route, as staff, as an
// enterprise, as a gateway and anonymously, with broken readings and NDJSON besides the generic
// bodies: the answer is never a 5xx.
import { assertNoServerErrors, type HostileRoute } from '@yiwang/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { at, gateway, ingest, sensor, uscc } from './support/fixtures.js';
import { startIot, type IotService } from './support/harness.js';

let svc: IotService;
let key: string;
const ACME = uscc(901);
const callers: Record<string, string>[] = [];
let alarmId = 'al-x';

const READING = { sensorId: 'gas-h', ts: '2026-03-02T01:59:00Z', value: 1, seq: 1 };
const validBodies: Record<string, Record<string, unknown>> = {
  gateway: { uscc: ACME, name: 'gw', region: '330502' },
  sensor: {
    gatewayId: 'gw-h',
    kind: 'pressure',
    unit: 'mpa',
    limits: { high: 1.6, highHigh: 2 },
    range: { min: 0, max: 4 },
  },
  readings: { readings: [READING] },
  dispose: { disposition: 'false', note: 'n' },
  acknowledge: {},
};

const routes = (s: string): HostileRoute[] => [
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

/** Readings-specific bodies: one field of a reading replaced, a long batch, broken NDJSON. */
const readingPayloads = [
  fc
    .record({
      key: fc.constantFrom('sensorId', 'ts', 'value', 'seq', '__proto__', 'x'),
      value: fc.anything(),
    })
    .map(({ key, value }) => JSON.stringify({ readings: [{ ...READING, [key]: value }] })),
  fc
    .integer({ min: 1_000, max: 20_000 })
    .map((n) => JSON.stringify({ readings: Array.from({ length: n }, (_, i) => i) })),
  fc.constant(
    '{"sensorId":"gas-h","ts":"2026-03-02T01:59:00Z","value":1e999}\n{"__proto__":1}\n' +
      '['.repeat(3000) +
      ']'.repeat(3000),
  ),
];

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
  callers.push(
    {
      authorization: `Bearer ${await svc.token({ roles: ['inspector', 'supervisor', 'admin'], regions: ['330000'] })}`,
    },
    { authorization: `Bearer ${await svc.token({ roles: ['enterprise'], dept: ACME })}` },
    { 'x-api-key': key },
  );
});
afterAll(async () => {
  await svc.close();
});

describe('hostile requests', () => {
  it('never get a 5xx from any route', async () => {
    await assertNoServerErrors({
      fc,
      app: svc.app,
      routes,
      validBodies,
      segments: ['gw-h', 'gas-h', 'inst-1', '%00', '..', 'a'.repeat(300)],
      placeholders: { __alarm__: [alarmId] },
      callers,
      extraPayloads: readingPayloads,
      numRuns: 500,
    });
  }, 120_000);
});
