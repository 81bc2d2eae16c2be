// A 12350 report across separate processes (ARCHITECTURE.md §1; DOMAIN.md "Complaints",
// "Hazards"): accepted and substantiated in complaints → hazards opens a case from the event
// (source complaint) → the case is graded, rectified, rechecked and closed → complaints
// records the outcome, the operator sends the feedback, and the reporter's tracking page
// shows it without anything internal.
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from './support/hub.js';
import type { Claims } from './support/token.js';
import { uscc } from './support/uscc.js';

const USCC = uscc('91330502MA2E2E712');
const operator: Claims = { roles: ['operator'], regions: ['330500'], sub: 'operator-1' };
const supervisor: Claims = { roles: ['supervisor'], regions: ['330500'], sub: 'supervisor-1' };
const verifier: Claims = { roles: ['inspector'], regions: ['330502'], sub: 'inspector-3' };
const enterprise: Claims = { roles: ['enterprise'], dept: USCC, sub: 'safety-officer' };

let hub: Hub;

beforeAll(async () => {
  hub = await startHub(['complaints', 'hazards']);
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

async function ok<T = Record<string, unknown>>(
  service: string,
  path: string,
  as: Claims,
  body: unknown = {},
): Promise<T> {
  const res = await hub.call<T>(service, 'POST', path, { as, body });
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

interface Tracking {
  status: string;
  timeline: { status: string }[];
}

describe('complaints → hazards → complaints', () => {
  it('a substantiated report becomes a case whose closing reaches the reporter', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const intake = await hub.call<{ id: string; trackingCode: string; accessKey: string }>(
      'complaints',
      'POST',
      '/v1/reports',
      {
        body: {
          channel: 'web',
          category: 'general-hazard',
          description: 'Fire exits of the packing hall are chained shut at night.',
          occurredOn: yesterday,
          location: { region: '330502', address: '8 Industrial Rd, Zhili' },
          enterprise: { uscc: USCC, name: '湖州织里测试包装有限公司' },
        },
      },
    );
    expect(intake.status, JSON.stringify(intake.body)).toBe(201);
    const { id, trackingCode, accessKey } = intake.body;
    const report = (action: string, as: Claims, body: unknown = {}) =>
      ok('complaints', `/v1/reports/${id}/${action}`, as, body);
    await report('triage', operator, {
      category: 'general-hazard',
      summaryCode: 'GH-007',
      industry: 'manufacturing',
    });
    await report('accept', operator);
    await report('assign', supervisor, { unit: 'unit-wuxing-safety' });
    await report('verification', verifier, {
      result: 'substantiated',
      severity: 'general',
      findings: 'Two exits chained; chains removed on site.',
      alreadyKnown: false,
    });

    // hazards opens the case from complaints.report.substantiated (source complaint)
    const found = await waitFor(
      async () => {
        const res = await hub.call<{ items: { id: string; sourceRef?: string }[] }>(
          'hazards',
          'GET',
          `/v1/hazards?source=complaint&uscc=${USCC}`,
          { as: verifier },
        );
        return res.body.items?.find((c) => c.sourceRef === id);
      },
      { timeout: 30_000, interval: 200, message: 'a hazard case from the report' },
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${hub.output()}`);
    });
    const step = (name: string, as: Claims, body: unknown = {}) =>
      ok<{ status: string }>('hazards', `/v1/hazards/${found.id}/${name}`, as, body);
    expect(await step('grade', verifier, { level: 'general', stopRequired: 'none' })).toMatchObject(
      {
        status: 'rectifying',
      },
    );
    await step('rectify', enterprise, { evidence: ['photo-exits-open'] });
    await step('recheck', verifier, { outcome: 'passed' });
    expect(await step('close', verifier)).toMatchObject({ status: 'closed' });

    // complaints reacts to hazards.hazard.closed: the report is handled, its outcome the case
    const handled = await waitFor(
      async () => {
        const res = await hub.call<{ status: string; outcome?: unknown }>(
          'complaints',
          'GET',
          `/v1/reports/${id}`,
          { as: operator },
        );
        return res.body.status === 'handled' && res.body;
      },
      { timeout: 30_000, interval: 200, message: 'the report handled from the closed case' },
    );
    expect(JSON.stringify(handled)).toContain(found.id);
    await report('feedback', operator);

    const track = await hub.call<Tracking>(
      'complaints',
      'GET',
      `/v1/reports/track/${trackingCode}`,
      {
        headers: { 'x-access-key': accessKey },
      },
    );
    expect(track.status).toBe(200);
    expect(track.body.status).toBe('feedback-sent');
    expect(track.body.timeline.map((t) => t.status)).toEqual([
      'received',
      'verifying',
      'substantiated',
      'handled',
      'feedback-sent',
    ]);
    // the reporter sees no unit, inspector, finding or case internals
    expect(JSON.stringify(track.body)).not.toMatch(/unit-|inspector|chained|HZ|hz-/i);
  });
});
