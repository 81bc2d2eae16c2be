// Projections of other contexts: the exchange directory gives a gateway its region; hazards'
// installations give the overview its name and grade; stale events are ignored.
import { createEvent, hazards, newEventId, type CloudEvent } from '@yiwang/contracts';
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  enterpriseRegistered,
  gateway,
  ingest,
  at,
  sensor,
  uscc,
} from './support/fixtures.js';
import { startIot, type IotService } from './support/harness.js';

let svc: IotService;
const ACME = uscc(611);
const OTHER = uscc(612);

function installation(id: string, owner: string, grade: number, sequence: number): CloudEvent {
  const time = new Date().toISOString();
  const base = {
    id: newEventId(),
    time,
    subject: id,
    region: '330521',
    sequence,
    enterprise: owner,
  };
  if (sequence === 1) {
    return createEvent(hazards.installationRegistered, {
      ...base,
      data: {
        installationId: id,
        name: '液氯储罐区',
        substances: [{ name: '氯', quantityTonnes: 30, criticalTonnes: 5 }],
        rValue: 60,
        grade,
        registeredAt: time,
        nextAssessmentDue: '2029-03-01',
      },
    });
  }
  return createEvent(hazards.installationGraded, {
    ...base,
    data: {
      installationId: id,
      rValue: 120,
      grade,
      assessmentReportId: 'rep-1',
      gradedAt: time,
      nextAssessmentDue: '2029-03-01',
    },
  });
}

beforeAll(async () => {
  svc = await startIot();
});
afterAll(async () => {
  await svc.close();
});

describe('enterprise directory', () => {
  it('a gateway of a projected enterprise takes its region; an unknown one needs a region', async () => {
    const unknown = await call(svc, 'PUT', '/v1/gateways/gw-u', { uscc: ACME, name: 'u' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'IOT.REGION_REQUIRED' });
    await svc.publish(enterpriseRegistered(ACME, '330521'));
    await waitFor(
      async () =>
        (await call(svc, 'PUT', '/v1/gateways/gw-u', { uscc: ACME, name: 'u' })).statusCode === 201,
      {
        timeout: 15_000,
      },
    );
    const res = await call(svc, 'GET', '/v1/gateways/gw-u');
    expect(res.json()).toMatchObject({ region: '330521' });
    const outside = await call(svc, 'GET', '/v1/gateways/gw-u', undefined, {
      roles: ['inspector'],
      regions: ['330502'],
    });
    expect(outside.statusCode).toBe(403);
  });
});

describe('installations', () => {
  it('the overview shows the projected name and latest grade, sensors and open alarms', async () => {
    await svc.publish(installation('inst-9', ACME, 2, 1));
    await svc.publish(installation('inst-9', ACME, 1, 2));
    await svc.publish(installation('inst-9', ACME, 3, 1)); // a stale repeat: ignored
    const key = await gateway(svc, 'gw-i', ACME);
    await sensor(svc, 'gas-i', 'gw-i', {
      kind: 'combustible-gas',
      unit: 'percent-lel',
      installationId: 'inst-9',
      minDurationSeconds: 0,
    });
    await ingest(svc, key, [{ sensorId: 'gas-i', ts: at(svc, -5), value: 55 }]);
    await waitFor(
      async () =>
        (await call(svc, 'GET', '/v1/installations/inst-9/overview')).json<{
          grade: string | null;
        }>().grade === '1',
      { timeout: 15_000 },
    );
    const res = await call(svc, 'GET', '/v1/installations/inst-9/overview');
    expect(res.json()).toMatchObject({
      name: '液氯储罐区',
      grade: '1',
      uscc: ACME,
      warning: 'orange',
      sensors: [{ id: 'gas-i', state: { status: 'alarm-l2' } }],
      openAlarms: [{ level: 'level-2', status: 'raised' }],
    });
    const stranger = await call(svc, 'GET', '/v1/installations/inst-9/overview', undefined, {
      roles: ['enterprise'],
      dept: OTHER,
    });
    expect(stranger.statusCode).toBe(403);
  });

  it('a sensor cannot be put on another enterprise’s installation', async () => {
    await gateway(svc, 'gw-o', OTHER);
    const res = await call(svc, 'PUT', '/v1/sensors/s-o', {
      gatewayId: 'gw-o',
      kind: 'oxygen',
      unit: 'percent-vol',
      installationId: 'inst-9',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'IOT.GATEWAY_MISMATCH' });
  });
});
