// Show: only the custodian can reveal identity and every reveal is audited (append-only); a
// canary phone number used in 100 reports appears nowhere in NATS messages, log output or any
// non-custodian response.
import { sql } from 'drizzle-orm';
import { captureEvents, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, created, ok, reportBody, toAssigned, uscc } from './api.js';
import { startHarness, type Harness } from './harness.js';

const CANARY = '13912399887';
const CANARY_NAME = '金丝雀';

let h: Harness;
let capture: EventCapture;
beforeAll(async () => {
  h = await startHarness();
  capture = await captureEvents(h.deps.bus.nats.nc, `${h.prefix}.>`);
});
afterAll(async () => {
  await capture.stop();
  await h.close();
});

describe('the identity vault', () => {
  it('reveals only to the custodian, with a reason, and audits every reveal', async () => {
    const { id } = await created(
      h,
      reportBody({
        reporter: { name: '张三', phone: '13800001234', idNumber: '33050219800101123X' },
      }),
    );
    for (const role of ['operator', 'inspector', 'supervisor']) {
      expect((await act(h, id, 'identity/reveal', role, { reason: 'curious' })).statusCode).toBe(
        403,
      );
    }
    expect((await act(h, id, 'identity/reveal', 'custodian', {})).statusCode).toBe(400);
    const reveal = await act(h, id, 'identity/reveal', 'custodian', {
      reason: 'Reward payment needs the bank account holder.',
    });
    expect(reveal.statusCode).toBe(200);
    expect(reveal.headers['cache-control']).toBe('no-store');
    expect(reveal.json()).toMatchObject({
      identity: {
        reporter: {
          name: '张三',
          phone: '13800001234',
          idNumber: '33050219800101123X',
          employee: false,
        },
      },
    });
    await act(h, id, 'identity/reveal', 'custodian', { reason: 'Second look.' });
    const audit = await h.app.inject({
      url: `/v1/reports/${id}/identity/reveals`,
      headers: { authorization: `Bearer ${await h.token('custodian')}` },
    });
    expect(audit.json()).toMatchObject([
      {
        reportId: id,
        revealedBy: 'custodian-1',
        reason: 'Reward payment needs the bank account holder.',
      },
      { reportId: id, reason: 'Second look.' },
    ]);
    await expect(
      h.deps.database.db.execute(sql`update identity_reveals set reason = 'nothing'`),
    ).rejects.toThrow();
    await expect(h.deps.database.db.execute(sql`delete from identity_reveals`)).rejects.toThrow();
    const rows = await h.deps.database.db.execute(
      sql`select count(*)::int as n from identity_reveals`,
    );
    expect(rows.rows[0]).toEqual({ n: 2 });
  });

  it('keeps a canary used in 100 reports out of NATS, logs and every non-custodian response', async () => {
    const responses: string[] = [];
    const operator = `Bearer ${await h.token('operator')}`;
    const ids: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      const body = reportBody({
        channel: i % 2 === 0 ? 'web' : 'hotline',
        description: `Call me back on ${CANARY}, I am ${CANARY_NAME}, report ${i}.`,
        enterprise: { name: `Canary Works ${i % 10}` },
        reporter: { name: CANARY_NAME, phone: CANARY, email: `${CANARY}@example.cn` },
        employeeOfEnterprise: i % 3 === 0,
      });
      const res = await h.app.inject({
        method: 'POST',
        url: '/v1/reports',
        payload: body,
        headers: i % 2 === 0 ? {} : { authorization: operator },
      });
      responses.push(res.body);
      const { id, trackingCode, accessKey } = res.json<{
        id: string;
        trackingCode: string;
        accessKey: string;
      }>();
      ids.push(id);
      responses.push(
        (
          await h.app.inject({
            url: `/v1/reports/track/${trackingCode}`,
            headers: { 'x-access-key': accessKey },
          })
        ).body,
      );
    }
    for (const id of ids.slice(0, 10)) {
      await toAssigned(h, id);
      const verified = await ok(h, id, 'verification', 'inspector', {
        result: 'substantiated',
        severity: 'general',
        findings: 'Confirmed.',
        fineFen: 5_000_000,
        alreadyKnown: false,
        enterpriseUscc: uscc(),
      });
      responses.push(JSON.stringify(verified));
      await ok(h, id, 'outcome', 'inspector', { outcome: 'penalty-case' });
      await ok(h, id, 'feedback', 'operator');
      responses.push(JSON.stringify(await ok(h, id, 'reward-decision', 'supervisor')));
    }
    for (const role of ['operator', 'inspector', 'supervisor']) {
      const auth = { authorization: `Bearer ${await h.token(role)}` };
      responses.push((await h.app.inject({ url: '/v1/reports?limit=200', headers: auth })).body);
      responses.push((await h.app.inject({ url: `/v1/reports/${ids[0]}`, headers: auth })).body);
    }
    responses.push(
      (
        await h.app.inject({
          url: `/open311/v2/requests.json?service_request_id=${ids.slice(0, 50).join(',')}`,
        })
      ).body,
    );
    await capture.waitForEvent(
      (e) =>
        e.event.type === 'yiwang.complaints.reward.decided.v1' && e.event.subject !== undefined,
    );
    await capture.waitForCount(100 + 10 * 7, 15_000);

    const wire = JSON.stringify(capture.events);
    const logs = h.logs.join('\n');
    for (const secret of [CANARY, CANARY_NAME, 'Call me back']) {
      expect(wire).not.toContain(secret);
      expect(logs).not.toContain(secret);
      for (const body of responses) expect(body).not.toContain(secret);
    }
    expect(logs).toContain('request completed');
    // the access log names the route template, never the path with the code in it
    expect(logs).toContain('/v1/reports/track/:trackingCode');
    expect(logs).not.toMatch(/track\/[0-9A-Z]{4}-/);
    // sealed at rest too: no table holds it in clear
    const dump = await h.deps.database.db.execute(
      sql`select string_agg(r::text, '') as t from reports r`,
    );
    expect(String(dump.rows[0]?.['t'])).not.toContain(CANARY);
    // and the custodian does get it back
    const reveal = await act(h, ids[0] ?? '', 'identity/reveal', 'custodian', {
      reason: 'Canary check.',
    });
    expect(reveal.body).toContain(CANARY);
  }, 120_000); // 100 intakes and 10 full cases: slow on a loaded CI machine
});
