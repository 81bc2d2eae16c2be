// Scenario 3 of issue #11 across separate processes: a department joins late and replays the
// last 30 days it is entitled to. Hazards are reported in hazards over 35 days of the shared
// clock (35, 15 and 0 days before the department joins; one of them in another district), the
// exchange archives every event it fans out, and the emergency office of Wuxing, registered
// only then, catches up: its webhook and its feed receive exactly the hazards of its district
// from the last 30 days, projected to the fields its policy grants, and nothing older, nothing
// from elsewhere, no other type. Then it receives new hazards live.
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedClock, type SharedClock } from './support/clock.js';
import { startHub, type Hub } from './support/hub.js';
import type { Claims } from './support/token.js';
import { uscc } from './support/uscc.js';
import {
  startWebhookReceiver,
  verifySignature,
  type WebhookReceiver,
} from './support/webhook-receiver.js';

const DAY = 86_400_000;
const REPORTED = 'yiwang.hazards.hazard.reported.v1';
const GRANTED = ['hazardId', 'category', 'summary'];
const WUXING = { uscc: uscc('91330502MA2E2E731'), region: '330502', cell: 'cell-zhili-31' };
const DEQING = { uscc: uscc('91330521MA2E2E732'), region: '330521', cell: 'cell-wukang-32' };
const admin: Claims = { roles: ['admin', 'directory-clerk', 'grid-centre'], sub: 'admin-1' };
const inspector: Claims = { roles: ['inspector'], regions: ['330500'], sub: 'inspector-3' };
const bureau: Claims = { roles: ['admin'], sub: 'bureau-1' };

let clock: SharedClock;
let hub: Hub;
let receiver: WebhookReceiver;

interface FeedItem {
  event: { id: string; type: string; subject: string; data: Record<string, unknown> };
}

async function ok<T = Record<string, unknown>>(method: string, path: string, body: unknown) {
  const res = await hub.call<T>('exchange', method, path, { body, as: admin });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

/** Registers a department of `regions` granted hazard reports; returns its API key. */
async function registerDepartment(code: string, regions: string[]) {
  const body = await ok<{ apiKey: string }>('POST', '/v1/departments', {
    code,
    name: `${code} (e2e)`,
    kind: 'district-government',
    channels: ['pull', 'webhook'],
    policy: {
      rules: [{ type: REPORTED, fields: GRANTED }],
      regions,
      legalBasis: '湖州市安全生产信息共享协议 2026',
      expiresOn: '2099-12-31',
    },
  });
  return body.apiKey;
}

/** Every item of a department's pull feed. */
async function feed(apiKey: string): Promise<FeedItem[]> {
  const res = await hub.call<{ items: FeedItem[] }>('exchange', 'GET', '/v1/feed?limit=200', {
    headers: { 'x-api-key': apiKey },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

/** Reports a hazard at `enterprise` in hazards (once hazards knows the enterprise). */
async function reportHazard(enterprise: string, summary: string) {
  return waitFor(
    async () => {
      const res = await hub.call<{ id: string }>('hazards', 'POST', '/v1/hazards', {
        as: inspector,
        body: { uscc: enterprise, category: 'equipment', summary },
      });
      return res.status === 201 && res.body.id;
    },
    { timeout: 30_000, interval: 250, message: `hazards knowing ${enterprise}` },
  );
}

/** Waits until `feed` shows every hazard of `ids` (the fan-out has seen them). */
async function waitInFeed(apiKey: string, ids: readonly string[]) {
  await waitFor(
    async () => {
      const subjects = (await feed(apiKey)).map((i) => i.event.subject);
      return ids.every((id) => subjects.includes(id));
    },
    { timeout: 30_000, interval: 200, message: `${ids.join(', ')} fanned out` },
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${hub.output()}`);
  });
}

beforeAll(async () => {
  clock = await createSharedClock();
  receiver = await startWebhookReceiver();
  hub = await startHub(['exchange', 'hazards'], {
    clock,
    env: { exchange: { EXCHANGE_WEBHOOK_ALLOW_HTTP: 'true', EXCHANGE_DELIVERY_POLL_MS: '200' } },
  });
  for (const place of [WUXING, DEQING]) {
    await ok('PUT', `/v1/grid/cells/${place.cell}`, {
      region: place.region,
      township: place.cell.split('-')[1],
      name: `Cell ${place.cell}`,
      worker: 'worker-31',
    });
    await ok('PUT', `/v1/enterprises/${place.uscc}`, {
      name: `湖州回放测试化工有限公司 ${place.region}`,
      industry: 'hazardous-chemicals',
      region: place.region,
      gridCellId: place.cell,
      standardisationLevel: '2',
      status: 'open',
    });
  }
}, 120_000);

afterAll(async () => {
  await hub?.stop();
  await receiver?.close();
  await clock?.dispose();
});

describe('scenario 3: a department joins late and replays the last 30 days', () => {
  it('receives exactly the entitled events of the last 30 days, projected, then live ones', async () => {
    // The city bureau is on board from the start: its feed shows each hazard went through
    // the exchange before the clock moves on.
    const cityKey = await registerDepartment('bureau-city', ['330500']);
    const old = await reportHazard(WUXING.uscc, 'Day 0: corroded flange on the chlorine line');
    await waitInFeed(cityKey, [old]);
    await clock.advance(20 * DAY);
    const mid = await reportHazard(WUXING.uscc, 'Day 20: blocked fire exit in the packing hall');
    const elsewhere = await reportHazard(DEQING.uscc, 'Day 20: a Deqing hazard');
    await waitInFeed(cityKey, [mid, elsewhere]);
    await clock.advance(15 * DAY);
    const recent = await reportHazard(WUXING.uscc, 'Day 35: gas detector out of calibration');
    await waitInFeed(cityKey, [recent]);

    // Day 35: Wuxing's emergency office joins, subscribes, and asks for what it missed.
    const wuxingKey = await registerDepartment('emergency-wuxing', ['330502']);
    const sub = await ok<{ id: string; secret: string }>(
      'POST',
      '/v1/departments/emergency-wuxing/subscriptions',
      { url: receiver.url },
    );
    expect(await feed(wuxingKey)).toEqual([]);

    const tooFar = new Date(clock.now().getTime() - 31 * DAY).toISOString();
    const refused = await hub.call<{ code: string }>(
      'exchange',
      'POST',
      '/v1/departments/emergency-wuxing/catch-up',
      { as: bureau, body: { since: tooFar } },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('EXCHANGE.CATCH_UP_TOO_OLD');

    const caughtUp = await hub.call<{ from: string; shared: number }>(
      'exchange',
      'POST',
      '/v1/departments/emergency-wuxing/catch-up',
      { as: bureau, body: {} },
    );
    expect(caughtUp.status, JSON.stringify(caughtUp.body)).toBe(200);
    expect(caughtUp.body.shared).toBe(2);
    // the window is the exchange's 30 days back from its (shared) clock
    const windowStart = Date.parse(caughtUp.body.from);
    expect(Math.abs(windowStart - (clock.now().getTime() - 30 * DAY))).toBeLessThan(60_000);

    const replayed = await waitFor(() => receiver.deliveries.length >= 2 && receiver.deliveries, {
      timeout: 30_000,
      interval: 100,
      message: 'the replayed webhooks',
    });
    expect(replayed.map((d) => d.event.subject).sort()).toEqual([mid, recent].sort());
    for (const delivery of replayed) {
      expect(verifySignature(sub.secret, delivery.headers, delivery.body)).toBe(true);
      expect(delivery.event.type).toBe(REPORTED);
      // only the granted fields: no enterprise name, finder, photos or source
      expect(Object.keys(delivery.event.data).sort()).toEqual([...GRANTED].sort());
    }
    // webhook deliveries may arrive in either order; the feed keeps the events' order
    const day20 = replayed.find((d) => d.event.subject === mid);
    expect(day20?.event.data.summary).toBe('Day 20: blocked fire exit in the packing hall');
    expect((await feed(wuxingKey)).map((i) => i.event.subject)).toEqual([mid, recent]);

    // Asking again shares nothing twice.
    const again = await hub.call<{ shared: number }>(
      'exchange',
      'POST',
      '/v1/departments/emergency-wuxing/catch-up',
      { as: bureau, body: {} },
    );
    expect(again.body.shared).toBe(0);

    // From now on it is an ordinary member: a new hazard of its district arrives live.
    const live = await reportHazard(WUXING.uscc, 'Day 35: leaking valve found on the round');
    const arrived = await waitFor(() => receiver.deliveries.find((d) => d.event.subject === live), {
      timeout: 30_000,
      interval: 100,
      message: 'the live webhook',
    });
    expect(Object.keys(arrived.event.data).sort()).toEqual([...GRANTED].sort());
    // nothing older than 30 days, nothing from Deqing, nothing twice
    expect(receiver.deliveries.map((d) => d.event.subject).sort()).toEqual(
      [mid, recent, live].sort(),
    );

    const verify = await hub.call<{ ok: boolean }>('exchange', 'GET', '/v1/ledger/verify', {
      as: bureau,
    });
    expect(verify.body).toMatchObject({ ok: true });
  });
});
