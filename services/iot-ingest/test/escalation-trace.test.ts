// An escalation joins the trace of the reading that raised the alarm: the sweeper runs on a
// timer, outside any request, so without the stored traceparent iot.alarm.escalated would start
// a trace of its own and the gas alarm → hazard → grid task flow would break in two.
import { captureEvents, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateAlarms } from '../src/app/sweep.js';
import { call, gateway, sensor, uscc } from './support/fixtures.js';
import { startIot, type IotService } from './support/harness.js';

let svc: IotService;
let capture: EventCapture;
let key: string;
const READ_IN = '4bf92f3577b34da6a3ce929d0e0e4736';
const traceIdOf = (traceparent: string | undefined) => traceparent?.split('-')[1];

beforeAll(async () => {
  svc = await startIot();
  capture = await captureEvents(svc.nc, `${svc.prefix}.iot.alarm.>`);
  key = await gateway(svc, 'gw-trace', uscc(811));
});
afterAll(async () => {
  await capture.stop();
  await svc.close();
});

describe('escalations and traces', () => {
  it('alarm.escalated raised by the sweeper continues the trace of the raising reading', async () => {
    await sensor(svc, 'gas-trace', 'gw-trace', {
      kind: 'combustible-gas',
      unit: 'percent-lel',
      minDurationSeconds: 0,
    });
    const res = await svc.app.inject({
      method: 'POST',
      url: '/v1/readings',
      headers: {
        'x-api-key': key,
        'content-type': 'application/json',
        traceparent: `00-${READ_IN}-00f067aa0ba902b7-01`,
      },
      payload: JSON.stringify({
        readings: [{ sensorId: 'gas-trace', ts: svc.clock.now().toISOString(), value: 60 }],
      }),
    });
    expect(res.statusCode, res.body).toBe(200);
    const raised = await capture.waitForEvent(
      (e) => e.event.type === 'yiwang.iot.alarm.raised.v1',
      30_000,
    );

    svc.clock.advance(11 * 60_000);
    expect(await escalateAlarms(svc.deps)).toBe(1);
    const escalated = await capture.waitForEvent(
      (e) => e.event.type === 'yiwang.iot.alarm.escalated.v1',
      30_000,
    );
    expect(escalated.event.subject).toBe(raised.event.subject);
    expect(traceIdOf(escalated.headers['traceparent'])).toBe(READ_IN);
    expect(traceIdOf(escalated.event['traceparent'] as string | undefined)).toBe(READ_IN);
    // the stored trace is bookkeeping, not part of the alarm as shown
    const staff = { roles: ['inspector'], regions: ['330502'] };
    const shown = await call(svc, 'GET', `/v1/alarms/${raised.event.subject}`, undefined, staff);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).not.toHaveProperty('traceParent');
  });
});
