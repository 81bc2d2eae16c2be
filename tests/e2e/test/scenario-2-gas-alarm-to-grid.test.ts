// Scenario 2 of issue #11 across separate processes: a gateway posts combustible-gas readings
// that cross 50 % LEL → iot-ingest raises a level-2 alarm → nobody acknowledges it → after
// IOT_ESCALATE_PRINCIPAL_MINUTES of the shared clock it is escalated → hazards opens a case
// for the sensor (source iot-alarm) → the exchange dispatches the case to the cell's grid
// platform (a signed webhook; the alarm's own on-site check goes there too) → the worker
// answers the case's task and the case links the report. The gateway's request starts a trace
// that the escalation (a sweep) continues into the case.
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedClock, type SharedClock } from './support/clock.js';
import { GRID_TASK_DISPATCHED, setUpGridPlatform } from './support/grid-platform.js';
import { startClientTrace } from './support/http.js';
import { startHub, type Hub } from './support/hub.js';
import { startOtlpReceiver, type OtlpReceiver } from './support/otlp-receiver.js';
import type { Claims } from './support/token.js';
import { uscc } from './support/uscc.js';
import {
  startWebhookReceiver,
  verifySignature,
  type WebhookReceiver,
} from './support/webhook-receiver.js';

const MINUTE = 60_000;
const USCC = uscc('91330502MA2E2E721');
const CELL = 'cell-zhili-21';
const GATEWAY = 'gw-e2e-21';
const SENSOR = 'gas-tank-farm-21';
const admin: Claims = { roles: ['admin', 'directory-clerk', 'grid-centre'], sub: 'admin-1' };
const inspector: Claims = { roles: ['inspector'], regions: ['330502'], sub: 'inspector-21' };
const worker: Claims = { roles: ['grid-worker'], regions: ['330502'], sub: 'worker-21' };

const trace = startClientTrace();
let clock: SharedClock;
let collector: OtlpReceiver;
let hub: Hub;
let receiver: WebhookReceiver;
let secret = '';
let gatewayKey = '';

interface Alarm {
  id: string;
  level: string;
  status: string;
  warning: string;
  escalation: string | null;
}
interface HazardCase {
  id: string;
  source: string;
  sourceRef?: string;
  summary: string;
  links?: { source: string; ref: string }[];
}
type Task = { taskId: string; category: string; summary: string } & Record<string, unknown>;

async function ok<T = Record<string, unknown>>(
  service: string,
  method: string,
  path: string,
  body: unknown,
  as: Claims = admin,
) {
  const res = await hub.call<T>(service, method, path, { body, as });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

/** Polls `probe` until it returns a value; the hub's output is in the failure message. */
function eventually<T>(probe: () => T | Promise<T>, message: string) {
  return waitFor(probe, { timeout: 30_000, interval: 200, message }).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${hub.output()}`);
  });
}

/** The verified webhook of a task dispatched to the grid platform that `predicate` picks. */
async function dispatchedTask(predicate: (task: Task) => boolean): Promise<Task> {
  const delivery = await eventually(
    () =>
      receiver.deliveries.find(
        (d) => d.event.type === GRID_TASK_DISPATCHED && predicate(d.event.data as Task),
      ),
    'a gridtask.dispatched webhook',
  );
  expect(verifySignature(secret, delivery.headers, delivery.body)).toBe(true);
  return delivery.event.data as Task;
}

beforeAll(async () => {
  clock = await createSharedClock();
  collector = await startOtlpReceiver();
  receiver = await startWebhookReceiver();
  // the SDK's batch delay is 5 s by default: spans reach the receiver within 0.2 s instead
  const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '200' };
  hub = await startHub(['exchange', 'hazards', 'iot-ingest'], {
    clock,
    env: {
      exchange: {
        ...otel,
        EXCHANGE_WEBHOOK_ALLOW_HTTP: 'true',
        EXCHANGE_DELIVERY_POLL_MS: '200',
      },
      hazards: otel,
      'iot-ingest': { ...otel, IOT_SWEEP_INTERVAL_MS: '200' },
    },
  });
  secret = await setUpGridPlatform(hub, {
    cell: { id: CELL, township: 'zhili', name: '织里镇第21网格' },
    worker: 'worker-21',
    enterprise: { uscc: USCC, name: '湖州织里燃气储配测试有限公司' },
    webhookUrl: receiver.url,
    as: admin,
  });
  const gateway = await ok<{ apiKey?: string }>(
    'iot-ingest',
    'PUT',
    `/v1/gateways/${GATEWAY}`,
    { uscc: USCC, name: 'Tank farm gateway', region: '330502' },
    inspector,
  );
  expect(gateway.apiKey).toMatch(/^iot_/);
  gatewayKey = gateway.apiKey ?? '';
  // default GB/T 50493-2019 limits: level 1 at 25 % LEL, level 2 at 50 % LEL, 5 s minimum
  await ok(
    'iot-ingest',
    'PUT',
    `/v1/sensors/${SENSOR}`,
    { gatewayId: GATEWAY, kind: 'combustible-gas', unit: 'percent-lel', name: 'LPG tank 2' },
    inspector,
  );
}, 120_000);

afterAll(async () => {
  await hub?.stop();
  await Promise.all([receiver?.close(), collector?.close(), clock?.dispose()]);
});

describe('scenario 2: gas alarm → escalation → hazard case → grid task → report', () => {
  it('an unacknowledged 50 % LEL alarm ends as a hazard case the grid worker answers', async () => {
    // A leak building up over ten seconds of the gateway's readings, one a second.
    const values = [12, 31, 48, 55, 58, 61, 63, 64, 66, 65];
    const start = clock.now().getTime() - (values.length - 1) * 1000;
    const readings = values.map((value, i) => ({
      sensorId: SENSOR,
      ts: new Date(start + i * 1000).toISOString(),
      value,
      seq: i + 1,
    }));
    const posted = await hub.call<{ stored: number; rejected: unknown[] }>(
      'iot-ingest',
      'POST',
      '/v1/readings',
      { body: { readings }, headers: { 'x-api-key': gatewayKey }, trace },
    );
    expect(posted.status, JSON.stringify(posted.body)).toBe(200);
    expect(posted.body).toMatchObject({ stored: values.length, rejected: [] });

    const alarmsPath = `/v1/alarms?uscc=${USCC}&level=level-2`;
    const alarm = await eventually(async () => {
      const res = await hub.call<{ items: Alarm[] }>('iot-ingest', 'GET', alarmsPath, {
        as: inspector,
      });
      return res.body.items?.[0];
    }, 'a level-2 alarm');
    expect(alarm).toMatchObject({ status: 'raised', warning: 'orange', escalation: null });

    // Nobody acknowledges it. Nine minutes on (shared clock) and a few sweeps later it is
    // still the enterprise's alarm; past ten minutes it is escalated.
    const alarmNow = async () =>
      (await hub.call<Alarm>('iot-ingest', 'GET', `/v1/alarms/${alarm.id}`, { as: inspector }))
        .body;
    await clock.advance(9 * MINUTE);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await alarmNow()).toMatchObject({ escalation: null });
    await clock.advance(2 * MINUTE);
    const escalated = await eventually(async () => {
      const now = await alarmNow();
      return now.escalation !== null && now;
    }, 'the alarm escalated');
    expect(escalated).toMatchObject({ status: 'raised', escalation: 'enterprise-principal' });

    // hazards opens one case for the sensor's gas alarm
    const cases = await eventually(async () => {
      const res = await hub.call<{ items: HazardCase[] }>(
        'hazards',
        'GET',
        `/v1/hazards?source=iot-alarm&uscc=${USCC}`,
        { as: inspector },
      );
      return res.body.items?.some((c) => c.sourceRef === alarm.id) && res.body.items;
    }, 'a hazard case from the escalated alarm');
    expect(cases).toHaveLength(1);
    const opened = cases[0] as HazardCase;
    expect(opened.summary).toContain(SENSOR);

    // the grid platform gets the alarm's on-site check and the case's task, signed and
    // projected to the five granted fields
    const check = await dispatchedTask((t) => t.category === 'alarm-check');
    expect(check.summary).toContain(alarm.id);
    const task = await dispatchedTask((t) => t.summary === opened.summary);
    expect(task).toMatchObject({ gridCellId: CELL, category: 'safety-hazard' });
    expect(Object.keys(task).sort()).toEqual([
      'category',
      'dueAt',
      'gridCellId',
      'summary',
      'taskId',
    ]);

    // the worker takes the case's task and reports from the site
    for (const status of ['accepted', 'handling']) {
      await ok('exchange', 'POST', `/v1/grid/tasks/${task.taskId}/updates`, { status }, worker);
    }
    const report = await ok<{ id: string; hazardId?: string }>(
      'exchange',
      'POST',
      '/v1/grid/reports',
      {
        taskId: task.taskId,
        gridCellId: CELL,
        category: 'safety-hazard',
        summary: 'Flange gasket on LPG tank 2 leaking; valve closed, area ventilated',
        position: { lat: 30.8721, lng: 120.0912 },
        photos: ['photo-lpg-2'],
        reportedAt: clock.now().toISOString(),
      },
      worker,
    );
    expect(report.hazardId).toBe(opened.id);
    const linked = await eventually(async () => {
      const res = await hub.call<HazardCase>('hazards', 'GET', `/v1/hazards/${opened.id}`, {
        as: inspector,
      });
      return (res.body.links ?? []).some((l) => l.ref === report.id) && res.body;
    }, 'the case linked to the worker’s report');
    expect(linked.links).toEqual([expect.objectContaining({ source: 'grid', ref: report.id })]);

    // The escalation continues the trace of the readings that raised the alarm, and so does
    // the case it opens. Stopping the services flushes their exporters.
    await hub.stop();
    const inReadingTrace = collector.spans
      .filter((s) => s.traceId === trace.traceId)
      .map((s) => `${s.service}: ${s.name}`);
    expect(inReadingTrace).toEqual(
      expect.arrayContaining([
        'iot-ingest: outbox add yiwang.iot.alarm.escalated.v1',
        'hazards: process yiwang.iot.alarm.escalated.v1',
        'hazards: outbox add yiwang.hazards.hazard.reported.v1',
      ]),
    );
  });
});
