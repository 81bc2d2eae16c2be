// Grid round trip across separate processes (issue #4 "Show"; DOMAIN.md "Grid dispatch"): an
// enterprise in a grid cell → a hazard reported in hazards → exchange dispatches a task to the
// cell's grid platform (a real, signed webhook) → the worker's report on the task → the hazard
// case links it. And the other way: a worker's own report opens a case, both stay linked,
// and the grid centre's triage dispatches it as a task.
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_TASK_DISPATCHED, setUpGridPlatform } from './support/grid-platform.js';
import { startHub, type Hub } from './support/hub.js';
import type { Claims } from './support/token.js';
import { uscc } from './support/uscc.js';
import {
  startWebhookReceiver,
  verifySignature,
  type WebhookReceiver,
} from './support/webhook-receiver.js';

const USCC = uscc('91330502MA2E2E701');
const CELL = 'cell-zhihu-07';
const admin: Claims = { roles: ['admin', 'directory-clerk', 'grid-centre'], sub: 'admin-1' };
const centre: Claims = { roles: ['grid-centre'], regions: ['330502'], sub: 'centre-1' };
const worker: Claims = { roles: ['grid-worker'], regions: ['330502'], sub: 'worker-07' };
const inspector: Claims = { roles: ['inspector'], regions: ['330502'], sub: 'inspector-7' };

let hub: Hub;
let receiver: WebhookReceiver;
let secret = '';

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  hub = await startHub(['exchange', 'hazards'], {
    env: { exchange: { EXCHANGE_WEBHOOK_ALLOW_HTTP: 'true', EXCHANGE_DELIVERY_POLL_MS: '200' } },
  });
  secret = await setUpGridPlatform(hub, {
    cell: { id: CELL, township: 'zhihu', name: '织里镇第7网格' },
    worker: 'worker-07',
    enterprise: { uscc: USCC, name: '湖州织里网格测试化工有限公司' },
    webhookUrl: receiver.url,
    as: admin,
  });
}, 120_000);

afterAll(async () => {
  await hub?.stop();
  await receiver?.close();
});

/** The webhook of the task dispatched for `predicate`, verified. */
async function dispatchedTask(predicate: (data: Record<string, unknown>) => boolean) {
  const delivery = await waitFor(
    () =>
      receiver.deliveries.find(
        (d) => d.event.type === GRID_TASK_DISPATCHED && predicate(d.event.data),
      ),
    { timeout: 30_000, interval: 100, message: 'a gridtask.dispatched webhook' },
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${hub.output()}`);
  });
  expect(verifySignature(secret, delivery.headers, delivery.body)).toBe(true);
  return delivery.event.data as { taskId: string } & Record<string, unknown>;
}

async function report(body: Record<string, unknown>) {
  const res = await hub.call<{ id: string; hazardId?: string }>(
    'exchange',
    'POST',
    '/v1/grid/reports',
    {
      as: worker,
      body: {
        gridCellId: CELL,
        category: 'safety-hazard',
        position: { lat: 30.8712, lng: 120.0934 },
        photos: ['photo-grid-1'],
        reportedAt: new Date().toISOString(),
        ...body,
      },
    },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** The hazard case `id` once `predicate` holds (consumers are asynchronous). */
function caseWhen(id: string, predicate: (c: HazardCase) => boolean) {
  return waitFor(
    async () => {
      const res = await hub.call<HazardCase>('hazards', 'GET', `/v1/hazards/${id}`, {
        as: inspector,
      });
      return res.status === 200 && predicate(res.body) && res.body;
    },
    { timeout: 30_000, interval: 200, message: `hazard ${id}` },
  );
}
interface HazardCase {
  id: string;
  source: string;
  sourceRef?: string;
  links?: { source: string; ref: string }[];
}

describe('grid round trip', () => {
  it('a hazard in a cell → a signed task webhook → the worker’s report → the case linked', async () => {
    // hazards learns the enterprise from exchange.enterprise.registered; until then it asks for a region
    const opened = await waitFor(
      async () => {
        const res = await hub.call<HazardCase>('hazards', 'POST', '/v1/hazards', {
          as: inspector,
          body: {
            uscc: USCC,
            category: 'equipment',
            summary: 'Corroded flange on the chlorine line',
          },
        });
        return res.status === 201 && res.body;
      },
      { timeout: 30_000, interval: 250, message: 'hazards knowing the enterprise' },
    );
    const task = await dispatchedTask((d) => d.summary === 'Corroded flange on the chlorine line');
    expect(task).toMatchObject({ gridCellId: CELL, category: 'safety-hazard' });
    // the policy grants five fields: the origin of the task never reaches the platform
    expect(Object.keys(task).sort()).toEqual([
      'category',
      'dueAt',
      'gridCellId',
      'summary',
      'taskId',
    ]);

    for (const status of ['accepted', 'handling']) {
      const res = await hub.call('exchange', 'POST', `/v1/grid/tasks/${task.taskId}/updates`, {
        as: worker,
        body: { status },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const answer = await report({
      taskId: task.taskId,
      summary: 'Flange replaced, pressure test passed',
    });
    expect(answer.hazardId).toBe(opened.id);
    const linked = await caseWhen(opened.id, (c) =>
      (c.links ?? []).some((l) => l.ref === answer.id),
    );
    expect(linked.links).toEqual([expect.objectContaining({ source: 'grid', ref: answer.id })]);

    const verify = await hub.call<{ ok: boolean }>('exchange', 'GET', '/v1/ledger/verify', {
      as: admin,
    });
    expect(verify.body).toMatchObject({ ok: true });
  });

  it('a worker’s own report opens a case, both stay linked, and triage dispatches it', async () => {
    const own = await report({
      enterprise: USCC,
      summary: 'Gas cylinders stored by the boiler room',
    });
    const opened = await waitFor(
      async () => {
        const path = `/v1/hazards?source=grid&uscc=${USCC}&limit=50`;
        const res = await hub.call<{ items: HazardCase[] }>('hazards', 'GET', path, {
          as: inspector,
        });
        return res.body.items?.find((c) => c.sourceRef === own.id);
      },
      { timeout: 30_000, interval: 200, message: 'a case opened from the grid report' },
    );
    await waitFor(
      async () => {
        const res = await hub.call<{ hazardId?: string }>(
          'exchange',
          'GET',
          `/v1/grid/reports/${own.id}`,
          {
            as: centre,
          },
        );
        return res.body.hazardId === opened.id;
      },
      { timeout: 30_000, interval: 200, message: 'the report linked to its case' },
    );
    const triaged = await hub.call<{ status: string; dispatchedTaskId: string }>(
      'exchange',
      'POST',
      `/v1/grid/reports/${own.id}/triage`,
      { as: centre, body: { decision: 'accept' } },
    );
    expect(triaged.body).toMatchObject({ status: 'accepted' });
    const task = await dispatchedTask((d) => d.taskId === triaged.body.dispatchedTaskId);
    expect(task).toMatchObject({
      gridCellId: CELL,
      summary: 'Gas cylinders stored by the boiler room',
    });

    const answer = await report({ taskId: task.taskId, summary: 'Cylinders moved to the store' });
    expect(answer.hazardId).toBe(opened.id);
    await caseWhen(opened.id, (c) => (c.links ?? []).some((l) => l.ref === answer.id));
  });
});
