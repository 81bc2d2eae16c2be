// The alarm engine end to end: hysteresis and minimum duration against a noisy signal, the
// lifecycle (acknowledge, dispose, clear, close), escalation timing, offline and fault
// detection driven by the test clock, and no duplicate alarm after a restart.
import { captureEvents, type CapturedEvent, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectOffline, escalateAlarms } from '../src/app/sweep.js';
import { call, gateway, ingest, sensor, uscc } from './support/fixtures.js';
import { startIot, type IotService } from './support/harness.js';

let svc: IotService;
let capture: EventCapture;
let key: string;
const ACME = uscc(801);
const OTHER = uscc(802);
const owner = { roles: ['enterprise'], dept: ACME };

/** `value`s one second apart starting at the clock's now; the clock ends after the last. */
async function series(sensorId: string, values: number[]) {
  const start = svc.clock.now().getTime();
  const readings = values.map((value, i) => ({
    sensorId,
    ts: new Date(start + i * 1000).toISOString(),
    value,
  }));
  svc.clock.advance(values.length * 1000);
  return ingest(svc, key, readings);
}

const ofType = (type: string, subject?: string) => (e: CapturedEvent) =>
  e.event.type === `yiwang.iot.${type}.v1` &&
  (subject === undefined ||
    (e.event.data as Record<string, unknown>)['sensorId'] === subject ||
    e.event.subject === subject);
const count = (type: string, sensorId: string) =>
  capture.events.filter(
    (e) =>
      e.event.type === `yiwang.iot.${type}.v1` &&
      (e.event.data as { sensorId?: string }).sensorId === sensorId,
  ).length;

async function alarmsOf(sensorId: string) {
  const res = await call(svc, 'GET', `/v1/alarms?sensorId=${sensorId}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: Record<string, unknown>[] }>().items;
}

beforeAll(async () => {
  svc = await startIot();
  capture = await captureEvents(svc.nc, `${svc.prefix}.iot.>`);
  key = await gateway(svc, 'gw-1', ACME);
});
afterAll(async () => {
  await capture.stop();
  await svc.close();
});

describe('hysteresis and minimum duration', () => {
  it('a noisy signal around 25 % LEL raises one alarm and clears it once', async () => {
    await sensor(svc, 'gas-noisy', 'gw-1');
    // Above the level-1 limit for 10 s (min duration 5 s), then noise within the 0.5 band.
    const noise = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 24.6 : 25.4));
    await series('gas-noisy', [
      ...Array<number>(10).fill(25.5),
      ...noise,
      ...Array<number>(10).fill(20),
    ]);
    const raised = await capture.waitForEvent(ofType('alarm.raised', 'gas-noisy'), 30_000);
    expect(raised.event.data).toMatchObject({
      level: 'level-1',
      threshold: 25,
      quantity: 'combustible-gas',
      warning: 'yellow',
    });
    await capture.waitForEvent(ofType('alarm.cleared', 'gas-noisy'), 30_000);
    expect(count('alarm.raised', 'gas-noisy')).toBe(1);
    const [alarm, ...more] = await alarmsOf('gas-noisy');
    expect(more).toHaveLength(0);
    expect(alarm).toMatchObject({ status: 'raised', level: 'level-1', peak: 25.5 });
    expect(alarm?.['clearedAt']).not.toBeNull();
  });

  it('a spike shorter than the minimum duration raises nothing', async () => {
    await sensor(svc, 'gas-spike', 'gw-1');
    await series('gas-spike', [10, 60, 60, 60, 10, 10, 10, 10, 10, 10]);
    expect(await alarmsOf('gas-spike')).toHaveLength(0);
  });
});

describe('lifecycle and escalation', () => {
  it('escalates an unacknowledged alarm at 10 and 30 minutes, then not after acknowledgement', async () => {
    await sensor(svc, 'gas-esc', 'gw-1', {
      kind: 'combustible-gas',
      unit: 'percent-lel',
      minDurationSeconds: 0,
    });
    await series('gas-esc', [60]);
    const raised = await capture.waitForEvent(ofType('alarm.raised', 'gas-esc'), 30_000);
    expect(raised.event.data).toMatchObject({ level: 'level-2', warning: 'orange' });
    const alarmId = raised.event.subject;
    const escalation = async () =>
      (await call(svc, 'GET', `/v1/alarms/${alarmId}`)).json<{ escalation: string | null }>()
        .escalation;
    svc.clock.advance(9 * 60_000);
    await escalateAlarms(svc.deps);
    expect(await escalation()).toBeNull();
    svc.clock.advance(60_000);
    await escalateAlarms(svc.deps);
    await escalateAlarms(svc.deps);
    expect(await escalation()).toBe('enterprise-principal');
    const first = await capture.waitForEvent(ofType('alarm.escalated', alarmId), 30_000);
    expect(first.event.data).toMatchObject({ tier: 'enterprise-principal', warning: 'orange' });
    svc.clock.advance(20 * 60_000);
    await escalateAlarms(svc.deps);
    const second = await capture.waitForEvent(
      (e) =>
        ofType('alarm.escalated', alarmId)(e) &&
        (e.event.data as { tier: string }).tier === 'county-bureau',
      30_000,
    );
    // The reading was 1 s before the clock moved on (series advances past it).
    expect(second.event.data).toMatchObject({ warning: 'red', unacknowledgedSeconds: 30 * 60 + 1 });
    expect(capture.events.filter(ofType('alarm.escalated', alarmId))).toHaveLength(2);
    const ack = await call(svc, 'POST', `/v1/alarms/${alarmId}/acknowledge`, {}, owner);
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({
      status: 'acknowledged',
      escalation: 'county-bureau',
      warning: 'red',
    });
    svc.clock.advance(60 * 60_000);
    await escalateAlarms(svc.deps);
    expect(await escalation()).toBe('county-bureau');
    expect((await call(svc, 'GET', `/v1/alarms/${alarmId}`)).json()).toMatchObject({
      status: 'acknowledged',
    });
  });

  it('dispose needs an acknowledgement; a disposed alarm closes when the reading is back in range', async () => {
    await sensor(svc, 'gas-life', 'gw-1', {
      kind: 'combustible-gas',
      unit: 'percent-lel',
      minDurationSeconds: 0,
    });
    await series('gas-life', [30]);
    const raised = await capture.waitForEvent(ofType('alarm.raised', 'gas-life'), 30_000);
    const id = raised.event.subject;
    const early = await call(
      svc,
      'POST',
      `/v1/alarms/${id}/dispose`,
      { disposition: 'real' },
      owner,
    );
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'IOT.ILLEGAL_TRANSITION' });
    const stranger = await call(
      svc,
      'POST',
      `/v1/alarms/${id}/acknowledge`,
      {},
      { roles: ['enterprise'], dept: OTHER },
    );
    expect(stranger.statusCode).toBe(403);
    const elsewhere = await call(
      svc,
      'POST',
      `/v1/alarms/${id}/acknowledge`,
      {},
      { roles: ['inspector'], regions: ['330521'] },
    );
    expect(elsewhere.statusCode).toBe(403);
    expect((await call(svc, 'POST', `/v1/alarms/${id}/acknowledge`, {}, owner)).statusCode).toBe(
      200,
    );
    const disposed = await call(
      svc,
      'POST',
      `/v1/alarms/${id}/dispose`,
      { disposition: 'maintenance', note: '校准' },
      owner,
    );
    expect(disposed.json()).toMatchObject({
      status: 'disposed',
      disposition: 'maintenance',
      clearedAt: null,
    });
    await series('gas-life', [5]);
    const closed = await capture.waitForEvent(ofType('alarm.closed', id), 30_000);
    expect(closed.event.data).toMatchObject({ disposition: 'maintenance' });
    const one = await call(svc, 'GET', `/v1/alarms/${id}`, undefined, owner);
    expect(one.json()).toMatchObject({ status: 'closed' });
    const listed = await call(svc, 'GET', '/v1/alarms?status=closed', undefined, {
      roles: ['enterprise'],
      dept: OTHER,
    });
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(0);
  });
});

describe('offline and fault detection', () => {
  it('goes offline after 5 missed intervals and online with the next reading', async () => {
    await sensor(svc, 'temp-off', 'gw-1', {
      kind: 'temperature',
      unit: 'celsius',
      intervalSeconds: 10,
      limits: { high: 90 },
    });
    await series('temp-off', [20]);
    svc.clock.advance(48_000);
    await detectOffline(svc.deps);
    expect(count('sensor.offline', 'temp-off')).toBe(0);
    svc.clock.advance(2_000);
    await detectOffline(svc.deps);
    const off = await capture.waitForEvent(ofType('sensor.offline', 'temp-off'), 30_000);
    expect(off.event.data).toMatchObject({ missedIntervals: 5 });
    const state = await call(svc, 'GET', '/v1/sensors/temp-off');
    expect(state.json()).toMatchObject({ state: { status: 'offline', warning: 'blue' } });
    await series('temp-off', [21]);
    const on = await capture.waitForEvent(ofType('sensor.online', 'temp-off'), 30_000);
    expect(on.event.data).toMatchObject({ offlineSeconds: 0 });
    expect((await call(svc, 'GET', '/v1/sensors/temp-off')).json()).toMatchObject({
      state: { status: 'normal' },
    });
  });

  it('an out-of-range value is a fault, not an alarm; a stuck value is a fault too', async () => {
    await sensor(svc, 'gas-range', 'gw-1', {
      kind: 'combustible-gas',
      unit: 'percent-lel',
      minDurationSeconds: 0,
    });
    await series('gas-range', [130, 3]);
    await capture.waitForEvent(ofType('sensor.fault-detected', 'gas-range'), 30_000);
    await capture.waitForEvent(ofType('sensor.fault-cleared', 'gas-range'), 30_000);
    expect(await alarmsOf('gas-range')).toHaveLength(0);
    await sensor(svc, 'temp-stuck', 'gw-1', {
      kind: 'temperature',
      unit: 'celsius',
      stuckMinutes: 1,
    });
    await series('temp-stuck', Array<number>(61).fill(42.5));
    const stuck = await capture.waitForEvent(ofType('sensor.fault-detected', 'temp-stuck'), 30_000);
    expect(stuck.event.data).toMatchObject({ fault: 'stuck', lastValue: 42.5 });
  });
});

describe('restart', () => {
  it('a restarted service keeps the open alarm: no second alarm for the same excursion', async () => {
    await sensor(svc, 'gas-restart', 'gw-1', {
      kind: 'combustible-gas',
      unit: 'percent-lel',
      minDurationSeconds: 0,
    });
    await series('gas-restart', [40]);
    await capture.waitForEvent(ofType('alarm.raised', 'gas-restart'), 30_000);
    const second = await startIot({ shareWith: svc });
    try {
      const start = svc.clock.now().getTime();
      const res = await second.app.inject({
        method: 'POST',
        url: '/v1/readings',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        payload: {
          readings: [40, 41, 39, 3].map((value, i) => ({
            sensorId: 'gas-restart',
            ts: new Date(start + i * 1000).toISOString(),
            value,
          })),
        },
      });
      expect(res.statusCode).toBe(200);
      await capture.waitForEvent(ofType('alarm.cleared', 'gas-restart'), 30_000);
      expect(count('alarm.raised', 'gas-restart')).toBe(1);
    } finally {
      await second.close();
    }
  });
});
