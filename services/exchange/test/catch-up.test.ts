// A department that joins late catches up on the archived events its policy grants, from the
// last EXCHANGE_ARCHIVE_DAYS only: projected, in its feed and the ledger, queued on its
// webhook as `catch-up` deliveries; again is a no-op; older events are purged.
import { waitFor } from '@yiwang/testing';
import type { CloudEvent } from '@yiwang/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeOldEvents } from '../src/app/purge-archive.js';
import { enterFanOutGate } from '../src/db/locks.js';
import {
  alarmEscalated,
  call,
  hazardReported,
  registerDepartment,
  uscc,
} from './support/fixtures.js';
import { startExchange, type Exchange } from './support/harness.js';

const REPORTED = 'yiwang.hazards.hazard.reported.v1';
const DAY = 86_400_000;
let ex: Exchange;
let lateKey = '';

type FeedBody = { items: { event: CloudEvent & { data: Record<string, unknown> } }[] };
const feed = async (key: string) =>
  (
    await ex.app.inject({ method: 'GET', url: '/v1/feed?limit=100', headers: { 'x-api-key': key } })
  ).json<FeedBody>();

/** A hazard reported `daysAgo` days before the test clock's now, in `region`. */
function reportedAgo(hazardId: string, daysAgo: number, region = '330502'): CloudEvent {
  const time = new Date(ex.clock.now().getTime() - daysAgo * DAY).toISOString();
  return { ...hazardReported(hazardId, uscc(1)), time, region };
}

beforeAll(async () => {
  ex = await startExchange();
  // a department on board from the start sees every event arrive (so the fan-out has run)
  const earlyKey = await registerDepartment(
    ex,
    'early',
    [{ type: REPORTED, fields: ['hazardId'] }],
    {
      channels: ['pull'],
    },
  );
  for (const event of [
    reportedAgo('HZ-OLD', 31),
    reportedAgo('HZ-MID', 20),
    reportedAgo('HZ-DEQING', 5, '330521'),
    reportedAgo('HZ-NEW', 1),
    { ...alarmEscalated('AL-1', uscc(1)), time: reportedAgo('x', 2).time },
  ]) {
    await ex.publish(event);
  }
  await waitFor(async () => (await feed(earlyKey)).items.length === 4, {
    timeout: 15_000,
    message: 'the early department receiving the four hazards',
  });
  lateKey = await registerDepartment(
    ex,
    'late',
    [{ type: REPORTED, fields: ['hazardId', 'summary'] }],
    { regions: ['330502'], channels: ['pull', 'webhook'] },
  );
});
afterAll(async () => {
  await ex?.close();
});

describe('catch-up of a department that joins late', () => {
  it('shares what its policy grants of the last 30 days, projected, once', async () => {
    expect((await feed(lateKey)).items).toEqual([]);
    const sub = await call(ex, 'POST', '/v1/departments/late/subscriptions', {
      url: 'http://127.0.0.1:9/hooks',
    });
    expect(sub.statusCode).toBe(201);

    const res = await call(ex, 'POST', '/v1/departments/late/catch-up', {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      from: new Date(ex.clock.now().getTime() - 30 * DAY).toISOString(),
      shared: 2,
    });
    const items = (await feed(lateKey)).items.map((i) => i.event);
    expect(items.map((e) => e.subject)).toEqual(['HZ-MID', 'HZ-NEW']);
    for (const event of items) {
      expect(Object.keys(event.data).sort()).toEqual(['hazardId', 'summary']);
    }
    const log = await call(
      ex,
      'GET',
      `/v1/subscriptions/${sub.json<{ id: string }>().id}/deliveries`,
    );
    expect(log.json<{ items: { kind: string }[] }>().items.map((d) => d.kind)).toEqual([
      'catch-up',
      'catch-up',
    ]);

    const again = await call(ex, 'POST', '/v1/departments/late/catch-up', {});
    expect(again.json()).toMatchObject({ shared: 0 });
    expect((await feed(lateKey)).items).toHaveLength(2);
    const verify = await call(ex, 'GET', '/v1/ledger/verify');
    expect(verify.json()).toMatchObject({ ok: true });
  });

  it('refuses to reach further back than events are kept, and bad requests', async () => {
    const since = new Date(ex.clock.now().getTime() - 31 * DAY).toISOString();
    const old = await call(ex, 'POST', '/v1/departments/late/catch-up', { since });
    expect(old.statusCode).toBe(422);
    expect(old.json()).toMatchObject({ code: 'EXCHANGE.CATCH_UP_TOO_OLD' });
    const unknown = await call(ex, 'POST', '/v1/departments/nobody/catch-up', {});
    expect(unknown.statusCode).toBe(404);
    const extra = await call(ex, 'POST', '/v1/departments/late/catch-up', { days: 30 });
    expect(extra.statusCode).toBe(400);
    const clerk = await call(ex, 'POST', '/v1/departments/late/catch-up', {}, ['directory-clerk']);
    expect(clerk.statusCode).toBe(403);
  });

  it('waits for fan-outs in flight before reading the archive', async () => {
    let release = () => {};
    const holding = new Promise<void>((resolve) => (release = resolve));
    let entered = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    // a fan-out that read the departments before `late` existed and has not committed yet
    const fanOut = ex.deps.database.db.transaction(async (tx) => {
      await enterFanOutGate(tx);
      entered();
      await holding;
    });
    await inside;
    let answered = false;
    const catchUp = call(ex, 'POST', '/v1/departments/late/catch-up', {}).then((res) => {
      answered = true;
      return res;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered).toBe(false);
    release();
    await fanOut;
    expect((await catchUp).statusCode).toBe(200);
  });

  it('purges archived events older than the window', async () => {
    const kept = async () =>
      (
        await ex.deps.database.pool.query<{ subject: string }>(
          "select event->>'subject' as subject from event_archive",
        )
      ).rows.map((r) => r.subject);
    expect(await kept()).toContain('HZ-OLD');
    expect(await purgeOldEvents(ex.deps)).toBe(1);
    expect(await kept()).not.toContain('HZ-OLD');
    expect(await kept()).toEqual(expect.arrayContaining(['HZ-MID', 'HZ-DEQING', 'HZ-NEW']));
  });
});
