// Webhooks against a real HTTP receiver: Standard Webhooks signatures, projection, queueing
// while the receiver is down, retries on the configured schedule (the worker's clock is the
// test's), order per aggregate, auto-disable and re-enable, the delivery log, redelivery and
// replay.
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enterpriseBody, putCell, registerDepartment, uscc } from './support/fixtures.js';
import { startExchange, type Exchange } from './support/harness.js';
import { webhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

let ex: Exchange;
let receiver: WebhookReceiver;
let secret = '';
let subscriptionId = '';
const REGISTERED = 'yiwang.exchange.enterprise.registered.v1';
const UPDATED = 'yiwang.exchange.enterprise.updated.v1';
const clerk = ['directory-clerk'];
const minute = 60_000;

const pending = async () =>
  (
    await ex.deps.database.pool.query<{ n: number }>(
      "select count(*)::int as n from deliveries where status = 'pending'",
    )
  ).rows[0]?.n ?? 0;
const deliveries = async () =>
  (await ex.deps.database.pool.query<{ n: number }>('select count(*)::int as n from deliveries'))
    .rows[0]?.n ?? 0;
const put = (serial: number, body = {}) =>
  call(ex, 'PUT', `/v1/enterprises/${uscc(serial)}`, enterpriseBody(body), clerk);

beforeAll(async () => {
  ex = await startExchange({
    EXCHANGE_WEBHOOK_DISABLE_AFTER_FAILURES: '3',
    EXCHANGE_WEBHOOK_DISABLE_AFTER_HOURS: '12',
  });
  receiver = await webhookReceiver(() => secret);
  await receiver.start();
  await putCell(ex, 'cell-1');
  await putCell(ex, 'cell-2');
  await registerDepartment(
    ex,
    'grid-centre',
    [
      { type: REGISTERED, fields: ['uscc', 'name', 'gridCellId'] },
      { type: UPDATED, fields: ['uscc', 'changes.gridCellId'] },
    ],
    { kind: 'grid-centre', channels: ['webhook'] },
  );
  const res = await call(ex, 'POST', '/v1/departments/grid-centre/subscriptions', {
    url: receiver.url,
    eventTypes: [REGISTERED, UPDATED],
  });
  expect(res.statusCode).toBe(201);
  ({ id: subscriptionId, secret } = res.json<{ id: string; secret: string }>());
});
afterAll(async () => {
  await receiver.stop();
  await ex.close();
});

describe('webhook delivery', () => {
  it('delivers signed, projected events', async () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    await put(1, { employees: 12 });
    await waitFor(async () => (await deliveries()) === 1, {
      timeout: 15_000,
      message: 'a queued delivery',
    });
    expect(await ex.worker.runOnce()).toBe(1);
    expect(receiver.rejected).toEqual([]);
    const [got] = receiver.received;
    expect(got?.id).toBe(got?.event.id);
    expect(Math.abs((got?.timestamp ?? 0) - ex.clock.now().getTime() / 1000)).toBeLessThan(5);
    expect(got?.event).toMatchObject({
      type: REGISTERED,
      subject: uscc(1),
      data: { uscc: uscc(1), gridCellId: 'cell-1' },
    });
    expect(Object.keys(got?.event.data ?? {}).sort()).toEqual(['gridCellId', 'name', 'uscc']);
    const sub = await call(ex, 'GET', `/v1/subscriptions/${subscriptionId}`);
    expect(sub.json()).not.toHaveProperty('secret');
  });

  it('queues while the receiver is down and delivers everything in order per aggregate after it returns', async () => {
    await receiver.stop();
    await put(1, { gridCellId: 'cell-2' }); // seq 2
    await put(1, { gridCellId: 'cell-1' }); // seq 3
    await put(2); // another aggregate
    await waitFor(async () => (await pending()) === 3, {
      timeout: 15_000,
      message: 'three queued deliveries',
    });
    expect(await ex.worker.runOnce()).toBe(2); // the heads of both aggregates; seq 3 waits
    ex.clock.advance(5_000);
    expect(await ex.worker.runOnce()).toBe(2);
    expect(await ex.worker.runOnce()).toBe(0); // next try is 5 minutes later
    const log = await call(
      ex,
      'GET',
      `/v1/subscriptions/${subscriptionId}/deliveries?status=pending`,
    );
    const attempts = log
      .json<{ items: { attempts: number; lastError?: string }[] }>()
      .items.map((d) => d.attempts)
      .sort();
    expect(attempts).toEqual([0, 2, 2]);

    await receiver.start();
    ex.clock.advance(5 * minute);
    expect(await ex.worker.runOnce()).toBe(2);
    expect(await ex.worker.runOnce()).toBe(1); // seq 3, released by seq 2's success
    expect(await pending()).toBe(0);
    const first = receiver.received
      .filter((r) => r.event.subject === uscc(1))
      .map((r) => r.event.sequence);
    expect(first).toEqual([1, 2, 3]);
    expect(
      receiver.received.find((r) => r.event.subject === uscc(1) && r.event.sequence === 2)?.event
        .data,
    ).toEqual({
      uscc: uscc(1),
      changes: { gridCellId: 'cell-2' },
    });
    expect(receiver.rejected).toEqual([]);
  });

  it('keeps a log with every attempt, redelivers one and replays from a point in time', async () => {
    const log = await call(ex, 'GET', `/v1/subscriptions/${subscriptionId}/deliveries?limit=2`);
    const page = log.json<{ items: { id: string; status: string }[]; next: string | null }>();
    expect(page.items).toHaveLength(2);
    expect(page.next).not.toBeNull();
    const rest = await call(
      ex,
      'GET',
      `/v1/subscriptions/${subscriptionId}/deliveries?limit=10&cursor=${page.next}`,
    );
    expect(rest.json<{ items: unknown[] }>().items).toHaveLength(2);
    const retried = (
      await ex.deps.database.pool.query<{ id: string }>(
        "select id from deliveries where attempts = 3 and event_type like '%updated%'",
      )
    ).rows[0];
    const detail = await call(ex, 'GET', `/v1/deliveries/${retried?.id}`);
    expect(detail.json()).toMatchObject({ status: 'succeeded', attempts: 3 });
    const attemptLog = detail.json<{ attemptLog: { ok: boolean; error?: string }[] }>().attemptLog;
    expect(attemptLog.map((a) => a.ok)).toEqual([false, false, true]);
    expect(attemptLog[0]?.error).toMatch(/ECONNREFUSED|fetch failed/);

    const before = receiver.received.length;
    const again = await call(ex, 'POST', `/v1/deliveries/${retried?.id}/redeliver`);
    expect(again.statusCode).toBe(202);
    await ex.worker.runOnce();
    expect(receiver.received.length).toBe(before + 1);
    expect(receiver.received.at(-1)?.id).toBe(
      receiver.received.find((r) => r.event.sequence === 2)?.id,
    );

    const replay = await call(ex, 'POST', `/v1/subscriptions/${subscriptionId}/replay`, {
      since: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(replay.json()).toEqual({ queued: 4 });
    while ((await ex.worker.runOnce()) > 0);
    expect(receiver.received.length).toBe(before + 5);
  });

  it('disables an endpoint after sustained failure, and resumes its queue when enabled again', async () => {
    await receiver.stop();
    await put(3);
    await waitFor(async () => (await pending()) === 1, { timeout: 15_000 });
    for (const wait of [
      0,
      5_000,
      5 * minute,
      30 * minute,
      2 * 60 * minute,
      5 * 60 * minute,
      10 * 60 * minute,
    ]) {
      ex.clock.advance(wait);
      await ex.worker.runOnce();
    }
    const sub = (await call(ex, 'GET', `/v1/subscriptions/${subscriptionId}`)).json<{
      status: string;
      disabledReason: string;
    }>();
    expect(sub.status).toBe('disabled');
    expect(sub.disabledReason).toMatch(/consecutive failures/);
    expect(await pending()).toBe(1);
    await receiver.start();
    ex.clock.advance(24 * 60 * minute);
    expect(await ex.worker.runOnce()).toBe(0); // disabled: nothing is sent
    const enabled = await call(ex, 'POST', `/v1/subscriptions/${subscriptionId}/enable`);
    expect(enabled.json()).toMatchObject({ status: 'active', consecutiveFailures: 0 });
    expect(await ex.worker.runOnce()).toBe(1);
    expect(receiver.received.at(-1)?.event.subject).toBe(uscc(3));
  });

  it('refuses plain http when not allowed, unknown departments and departments without the channel', async () => {
    const none = await call(ex, 'POST', '/v1/departments/nobody/subscriptions', {
      url: 'https://example.org/h',
    });
    expect(none.json()).toMatchObject({ status: 404, code: 'EXCHANGE.DEPARTMENT_NOT_FOUND' });
    await registerDepartment(ex, 'pull-only', [], { channels: ['pull'] });
    const noChannel = await call(ex, 'POST', '/v1/departments/pull-only/subscriptions', {
      url: 'https://example.org/h',
    });
    expect(noChannel.json()).toMatchObject({ status: 422, code: 'EXCHANGE.CHANNEL_NOT_ENABLED' });
    const unknown = await call(ex, 'POST', '/v1/departments/grid-centre/subscriptions', {
      url: 'https://example.org/h',
      eventTypes: ['yiwang.exchange.enterprise.renamed.v1'],
    });
    expect(unknown.json()).toMatchObject({ status: 422, code: 'EXCHANGE.SUBSCRIPTION_INVALID' });
    const twice = await Promise.all(
      [1, 2].map(() =>
        call(ex, 'POST', '/v1/departments', {
          code: 'twice',
          name: 'Twice',
          kind: 'bank',
          channels: ['pull'],
          policy: { rules: [], regions: ['330500'], legalBasis: 'x', expiresOn: '2099-01-01' },
        }),
      ),
    );
    expect(twice.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const creds = await call(ex, 'POST', '/v1/departments/grid-centre/subscriptions', {
      url: 'https://u:p@example.org/h',
    });
    expect(creds.json()).toMatchObject({ code: 'EXCHANGE.WEBHOOK_URL_INVALID' });
  });
});
