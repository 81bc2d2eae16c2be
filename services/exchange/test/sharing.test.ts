// Sharing policies end to end: default deny, field projection on every path (feed, SSE,
// NATS), internal types only by exact rule, public patterns, expiry, and the ledger.
import { catalog, createEvent, credit, exampleData, newEventId } from '@yiwang/contracts';
import { captureEvents, waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enterpriseBody, putCell, registerDepartment, uscc } from './support/fixtures.js';
import { startExchange, type Exchange } from './support/harness.js';
import { readSse } from './support/sse.js';

let ex: Exchange;
const keys: Record<string, string> = {};
const REGISTERED = 'yiwang.exchange.enterprise.registered.v1';
const GRANTED = ['uscc', 'name', '/region', 'gridCellId'];

const feed = async (code: string, after?: string) => {
  const res = await ex.app.inject({
    method: 'GET',
    url: `/v1/feed?limit=100${after === undefined ? '' : `&after=${after}`}`,
    headers: { 'x-api-key': keys[code] ?? '' },
  });
  return res;
};
type FeedBody = {
  items: { cursor: string; event: Record<string, unknown> & { data: Record<string, unknown> } }[];
  next: string;
};

beforeAll(async () => {
  ex = await startExchange();
  await putCell(ex, 'cell-1');
  keys['fire'] = await registerDepartment(ex, 'fire', [{ type: REGISTERED, fields: GRANTED }], {
    channels: ['pull', 'nats'],
  });
  keys['bank'] = await registerDepartment(ex, 'bank', [], { kind: 'bank' });
  keys['insurer'] = await registerDepartment(ex, 'insurer', [{ type: 'yiwang.*', fields: ['*'] }], {
    kind: 'insurer',
  });
  keys['deqing'] = await registerDepartment(ex, 'deqing', [{ type: REGISTERED, fields: ['*'] }], {
    regions: ['330521'],
  });
});
afterAll(async () => {
  await ex.close();
});

describe('policies', () => {
  it('refuse unknown types, unknown fields and malformed patterns at onboarding', async () => {
    const res = await call(ex, 'PUT', '/v1/departments/fire/policy', {
      rules: [
        { type: 'yiwang.hazards.hazard.invented.v1', fields: ['*'] },
        { type: REGISTERED, fields: ['uscc', 'ceoPhone'] },
        { type: 'yiwang.haz*', fields: ['*'] },
      ],
      regions: ['330500'],
      legalBasis: 'x',
      expiresOn: '2099-01-01',
    });
    expect(res.statusCode).toBe(422);
    const body = res.json<{ code: string; errors: { pointer: string }[] }>();
    expect(body.code).toBe('EXCHANGE.POLICY_INVALID');
    expect(body.errors.map((e) => e.pointer)).toEqual([
      '/rules/0/type',
      '/rules/1/fields/1',
      '/rules/2/type',
    ]);
  });
});

describe('fan-out', () => {
  it('shares only granted fields, with default deny for everyone else', async () => {
    const code = uscc(1);
    const put = await call(
      ex,
      'PUT',
      `/v1/enterprises/${code}`,
      enterpriseBody({ address: '吴兴区织里镇 1 号', employees: 80 }),
      ['directory-clerk'],
    );
    expect(put.statusCode).toBe(201);
    const body = await waitFor(
      async () => {
        const b = (await feed('fire')).json<FeedBody>();
        return b.items.length > 0 && b;
      },
      { timeout: 15_000, message: 'the fire department feed' },
    );
    const event = body.items[0]?.event;
    expect(event).toMatchObject({
      type: REGISTERED,
      subject: code,
      region: '330502',
      classification: 'internal',
    });
    expect(Object.keys(event?.data ?? {}).sort()).toEqual(['gridCellId', 'name', 'region', 'uscc']);
    expect(event).not.toHaveProperty('traceparent');
    expect(JSON.stringify(body)).not.toContain('织里镇');

    // The bank has no rule, the insurer only a public pattern (the event is internal), and
    // Deqing's regions do not cover Wuxing: none of them gets anything.
    for (const code of ['bank', 'insurer', 'deqing']) {
      expect((await feed(code)).json<FeedBody>().items, code).toHaveLength(0);
    }
  });

  it('shares public events through a pattern rule', async () => {
    const def = credit.listingListed;
    const event = createEvent(def, {
      id: newEventId(),
      time: new Date().toISOString(),
      subject: 'LST-1',
      region: '330502',
      sequence: 1,
      data: exampleData(def),
    });
    expect(catalog.validate(event).ok).toBe(true);
    await ex.publish(event);
    const body = await waitFor(
      async () => {
        const b = (await feed('insurer')).json<FeedBody>();
        return b.items.length > 0 && b;
      },
      { timeout: 15_000, message: 'the insurer feed' },
    );
    expect(body.items[0]?.event).toMatchObject({
      id: event.id,
      data: event.data,
    });
    expect((await feed('fire')).json<FeedBody>().items).toHaveLength(1);
  });

  it('publishes the projected event on the department NATS subject', async () => {
    const capture = await captureEvents(ex.nc, `${ex.prefix}_share.fire.>`);
    await ex.worker.runOnce();
    const [got] = await capture.waitForCount(1);
    expect(got?.subject).toBe(`${ex.prefix}_share.fire.exchange.enterprise.registered.330502`);
    expect(Object.keys(got?.event.data as object).sort()).toEqual([
      'gridCellId',
      'name',
      'region',
      'uscc',
    ]);
    expect(got?.headers['Yiwang-Feed-Cursor']).toBeDefined();
    await capture.stop();
    const log = await call(ex, 'GET', '/v1/departments/fire/deliveries?channel=nats');
    expect(log.json()).toMatchObject({
      items: [{ channel: 'nats', status: 'succeeded', attempts: 1 }],
      next: null,
    });
    const read = log.json<{ feedReadCursor: string }>().feedReadCursor;
    expect(read).toBe((await feed('fire')).json<FeedBody>().next);
  });

  it('stops sharing once the agreement expires', async () => {
    const today = new Date(ex.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    keys['short'] = await registerDepartment(
      ex,
      'short',
      [{ type: REGISTERED, fields: ['uscc'] }],
      { expiresOn: today },
    );
    await call(ex, 'PUT', `/v1/enterprises/${uscc(2)}`, enterpriseBody(), ['directory-clerk']);
    await waitFor(async () => (await feed('short')).json<FeedBody>().items.length === 1, {
      timeout: 15_000,
    });
    ex.clock.advance(2 * 86_400_000);
    await call(ex, 'PUT', `/v1/enterprises/${uscc(3)}`, enterpriseBody(), ['directory-clerk']);
    await waitFor(async () => (await feed('fire')).json<FeedBody>().items.length === 3, {
      timeout: 15_000,
    });
    const expired = await feed('short');
    expect(expired.json()).toMatchObject({ status: 403, code: 'EXCHANGE.AGREEMENT_EXPIRED' });
    const rows = await ex.deps.database.pool.query(
      "select count(*)::int as n from shares where department = 'short'",
    );
    expect(rows.rows[0]).toEqual({ n: 1 });
  });
});

describe('the feed', () => {
  it('pages with a stable cursor and refuses bad keys', async () => {
    const all = (await feed('fire')).json<FeedBody>();
    expect(all.items).toHaveLength(3);
    const first = all.items[0]?.cursor;
    const rest = (await feed('fire', first)).json<FeedBody>();
    expect(rest.items.map((i) => i.cursor)).toEqual(all.items.slice(1).map((i) => i.cursor));
    const end = (await feed('fire', all.next)).json<FeedBody>();
    expect(end).toEqual({ items: [], next: all.next });
    const anonymous = await ex.app.inject({ method: 'GET', url: '/v1/feed' });
    expect(anonymous.json()).toMatchObject({
      status: 401,
      code: 'EXCHANGE.API_KEY_UNAUTHENTICATED',
    });
    const forged = await ex.app.inject({
      method: 'GET',
      url: '/v1/feed',
      headers: { 'x-api-key': `${keys['fire']?.slice(0, -2)}xx` },
    });
    expect(forged.statusCode).toBe(401);
    const bad = await feed('fire', 'not-a-cursor');
    expect(bad.json()).toMatchObject({ status: 400, code: 'REQUEST.CURSOR_INVALID' });
  });

  it('streams the same items as Server-Sent Events and resumes from Last-Event-ID', async () => {
    const address = await ex.app.listen({ port: 0, host: '127.0.0.1' });
    const all = (await feed('fire')).json<FeedBody>();
    const headers = { 'x-api-key': keys['fire'] ?? '' };
    const stream = await readSse(`${address}/v1/feed/stream`, headers, 3);
    expect(stream.events.map((e) => e.id)).toEqual(all.items.map((i) => i.cursor));
    expect(stream.events[0]?.event).toBe(REGISTERED);
    expect(
      Object.keys(
        (JSON.parse(stream.events[0]?.data ?? '{}') as FeedBody['items'][0]['event']).data,
      ).sort(),
    ).toEqual(['gridCellId', 'name', 'region', 'uscc']);
    const resumed = await readSse(
      `${address}/v1/feed/stream`,
      { ...headers, 'last-event-id': all.items[1]?.cursor ?? '' },
      1,
    );
    expect(resumed.events.map((e) => e.id)).toEqual([all.items[2]?.cursor]);
  });
});

describe('the sharing ledger', () => {
  it('verifies, refuses updates, and names the tampered row', async () => {
    const verify = async () =>
      (await call(ex, 'GET', '/v1/ledger/verify', undefined, ['auditor'])).json<
        Record<string, unknown>
      >();
    const ok = await verify();
    expect(ok).toMatchObject({ ok: true });
    expect(ok['checked']).toBeGreaterThanOrEqual(5);
    const pool = ex.deps.database.pool;
    await expect(
      pool.query("update sharing_ledger set department = 'x' where position = 2"),
    ).rejects.toThrow(/append-only/);
    await expect(pool.query('delete from sharing_ledger where position = 2')).rejects.toThrow(
      /append-only/,
    );
    await expect(pool.query('truncate sharing_ledger')).rejects.toThrow(/append-only/);

    await pool.query('alter table sharing_ledger disable trigger sharing_ledger_no_update_delete');
    await pool.query(`update sharing_ledger set payload_hash = repeat('a', 64) where position = 3`);
    await pool.query('alter table sharing_ledger enable trigger sharing_ledger_no_update_delete');
    const broken = await verify();
    expect(broken).toMatchObject({
      ok: false,
      checked: 2,
      firstBroken: { position: 3, reason: 'hash-mismatch' },
    });
  });
});
