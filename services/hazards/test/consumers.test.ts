// Cases other contexts open through events: a substantiated 12350 report (closing the case
// emits hazards.hazard.closed with source complaint and the report id — what complaints
// links back with), grid reports (new case, or a link on the case its task came from),
// escalated IoT alarms (one open case per installation and cause), insurer findings, and
// invalidated grid reports (a note on a case still found; no case if handled first).
import { captureEvents, waitFor } from '@yiwang/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHazards, type StoredHazard } from '../src/db/hazards.js';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import {
  alarmEscalated,
  alarmRaised,
  gridReport,
  gridReportInvalidated,
  preventionFinding,
  reportSubstantiated,
} from './support/foreign-events.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let hz: HazardsService;
const ACME = uscc(401);
const inspector: TokenClaims = { roles: ['inspector'], regions: ['330502'], sub: 'inspector-7' };

beforeAll(async () => {
  hz = await startHazards();
  await hz.publish(enterpriseRegistered(ACME));
});
afterAll(async () => {
  await hz.close();
});

async function casesOf(source: string): Promise<StoredHazard[]> {
  return listHazards(hz.deps.database.db, { source, limit: 100 });
}
async function oneCase(source: string, ref: string): Promise<StoredHazard> {
  return waitFor(async () => (await casesOf(source)).find((c) => c.hazard.sourceRef === ref));
}
async function step(id: string, name: string, body: unknown) {
  const res = await call(hz, 'POST', `/v1/hazards/${id}/${name}`, body, inspector);
  expect(res.statusCode, res.body).toBe(200);
}

describe('a substantiated 12350 report', () => {
  it('opens a case linked to the report; closing it emits the link back', async () => {
    const reportId = '0195f0e4-1111-7000-8000-000000000001';
    const capture = await captureEvents(hz.nc, `${hz.prefix}.hazards.hazard.*.*`);
    const event = reportSubstantiated(reportId, ACME);
    await hz.publish(event);
    const stored = await oneCase('complaint', reportId);
    expect(stored.hazard).toMatchObject({
      uscc: ACME,
      region: '330502',
      status: 'found',
      foundBy: 'inspector-3',
    });
    const id = stored.hazard.id;
    const reported = await capture.waitForEvent((e) => e.event.subject === id);
    expect(reported.event).toMatchObject({
      causationid: event.id,
      data: { source: 'complaint', sourceRef: reportId },
    });
    await step(id, 'grade', { level: 'general', stopRequired: 'none' });
    await call(
      hz,
      'POST',
      `/v1/hazards/${id}/rectify`,
      { evidence: ['p'] },
      { roles: ['enterprise'], dept: ACME },
    );
    await step(id, 'recheck', { outcome: 'passed' });
    await step(id, 'close', {});
    const closed = await capture.waitForEvent(
      (e) => e.event.type === 'yiwang.hazards.hazard.closed.v1' && e.event.subject === id,
    );
    expect(closed.event.data).toMatchObject({
      hazardId: id,
      source: 'complaint',
      sourceRef: reportId,
      level: 'general',
    });
    await capture.stop();
  });
  it('a redelivered report opens no second case', async () => {
    const reportId = '0195f0e4-1111-7000-8000-000000000002';
    const event = reportSubstantiated(reportId, ACME);
    await hz.publish(event);
    await oneCase('complaint', reportId);
    await hz.publish({ ...reportSubstantiated(reportId, ACME) });
    const marker = '0195f0e4-1111-7000-8000-000000000003';
    await hz.publish(reportSubstantiated(marker, ACME));
    await oneCase('complaint', marker);
    expect(
      (await casesOf('complaint')).filter((c) => c.hazard.sourceRef === reportId),
    ).toHaveLength(1);
  });
});

describe('a concealed accident found through a 12350 report', () => {
  it('is flagged concealed with the report id, and opens no hazard case', async () => {
    const reportId = '0195f0e4-1111-7000-8000-000000000009';
    const capture = await captureEvents(hz.nc, `${hz.prefix}.hazards.accident.*.*`);
    await hz.publish(reportSubstantiated(reportId, ACME, { deaths: 3 }));
    const flagged = await capture.waitForEvent((e) =>
      e.event.type.endsWith('concealment-flagged.v1'),
    );
    expect(flagged.event).toMatchObject({
      enterprise: ACME,
      data: {
        violation: 'concealed',
        detectedVia: 'complaint',
        complaintReportId: reportId,
        deaths: 3,
        level: 'larger',
      },
    });
    expect((await casesOf('complaint')).some((c) => c.hazard.sourceRef === reportId)).toBe(false);
    await capture.stop();
  });
});

describe('grid reports', () => {
  it('open a grid case, or link to the case their task came from', async () => {
    await hz.publish(gridReport('gr-1', ACME));
    const opened = await oneCase('grid', 'gr-1');
    expect(opened.hazard).toMatchObject({
      summary: 'Fire exit blocked by pallets',
      foundBy: 'worker-1',
      photos: ['photo-g1'],
    });
    await hz.publish(gridReport('gr-2', ACME, { taskId: 'gt-1', hazardId: opened.hazard.id }));
    await waitFor(async () => {
      const res = await call(hz, 'GET', `/v1/hazards/${opened.hazard.id}`, undefined, inspector);
      return res.json<{ links?: { ref: string }[] }>().links?.[0]?.ref === 'gr-2';
    });
    expect((await casesOf('grid')).map((c) => c.hazard.sourceRef)).toEqual(['gr-1']);
  });
});

describe('invalidated grid reports', () => {
  const links = async (id: string) =>
    (await call(hz, 'GET', `/v1/hazards/${id}`, undefined, inspector)).json<{
      status: string;
      links?: { source: string; ref: string }[];
    }>();
  it('note the invalidation on a case still found; a redelivery changes nothing', async () => {
    await hz.publish(gridReport('gr-inv-1', ACME));
    const opened = await oneCase('grid', 'gr-inv-1');
    const invalidated = gridReportInvalidated('gr-inv-1');
    await hz.publish(invalidated);
    const noted = await waitFor(async () => {
      const v = await links(opened.hazard.id);
      return (v.links?.length ?? 0) > 0 ? v : undefined;
    });
    expect(noted).toMatchObject({
      status: 'found',
      links: [{ source: 'grid', ref: 'gr-inv-1:invalidated:duplicate' }],
    });
    const version = (await oneCase('grid', 'gr-inv-1')).hazard.version;
    await hz.publish(invalidated, `${invalidated.id}-again`); // the inbox stops it
    await hz.publish(gridReportInvalidated('gr-inv-1')); // new event, same note: no change
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await links(opened.hazard.id)).links).toHaveLength(1);
    expect((await oneCase('grid', 'gr-inv-1')).hazard.version).toBe(version);
  });
  it('handled before the report itself, leave no case behind', async () => {
    const received = gridReport('gr-inv-3', ACME);
    await hz.publish(gridReportInvalidated('gr-inv-3'));
    // The invalidation has been handled once its sequence is claimed.
    await waitFor(async () => {
      const { rows } = await hz.deps.database.db.execute(
        sql`select 1 from bus_projection_version where aggregate_id = 'gr-inv-3'`,
      );
      return rows.length === 1;
    });
    await hz.publish(received);
    await hz.publish(gridReport('gr-inv-marker-3', ACME));
    await oneCase('grid', 'gr-inv-marker-3');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await casesOf('grid')).find((c) => c.hazard.sourceRef === 'gr-inv-3')).toBeUndefined();
  });
  it('leave a case the bureau has already graded alone', async () => {
    await hz.publish(gridReport('gr-inv-2', ACME));
    const opened = await oneCase('grid', 'gr-inv-2');
    await step(opened.hazard.id, 'grade', { level: 'general', stopRequired: 'none' });
    await hz.publish(gridReportInvalidated('gr-inv-2', opened.hazard.id));
    await hz.publish(gridReport('gr-inv-marker', ACME));
    await oneCase('grid', 'gr-inv-marker');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const v = await links(opened.hazard.id);
    expect(v.status).toBe('rectifying');
    expect(v.links ?? []).toEqual([]);
  });
});

describe('escalated IoT alarms', () => {
  it('open one case per installation and cause, not one per alarm', async () => {
    for (const [alarm, installation, quantity] of [
      ['al-1', 'inst-1', 'toxic-gas'],
      ['al-2', 'inst-1', 'toxic-gas'],
      ['al-3', 'inst-1', 'temperature'],
      ['al-4', 'inst-2', 'toxic-gas'],
    ] as const) {
      await hz.publish(alarmRaised(alarm, ACME, installation, quantity));
      await hz.publish(alarmEscalated(alarm, ACME));
    }
    await waitFor(async () => (await casesOf('iot-alarm')).length === 3, { timeout: 15_000 });
    const refs = (await casesOf('iot-alarm')).map((c) => c.hazard.sourceRef).sort();
    expect(refs).toHaveLength(3);
    expect(refs).toContain('al-3');
    expect(refs).toContain('al-4');
  });
});

describe('insurer prevention findings', () => {
  it('open a case with the insurer as finder', async () => {
    const insurer = uscc(900);
    await hz.publish(preventionFinding('fd-1', ACME, insurer));
    const stored = await oneCase('insurer-prevention', 'fd-1');
    expect(stored).toMatchObject({
      enterpriseName: '湖州安泰化工有限公司',
      hazard: { foundBy: insurer, summary: 'Unguarded belt conveyor' },
    });
  });
});
