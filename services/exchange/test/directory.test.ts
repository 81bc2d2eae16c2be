// The enterprise directory: PUT with USCC validation, events with only the changed fields,
// close/reopen, region scoping, pagination and filters.
import { captureEvents, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enterpriseBody, putCell, uscc } from './support/fixtures.js';
import { startExchange, type Exchange } from './support/harness.js';

let ex: Exchange;
let events: EventCapture;
const clerk = ['directory-clerk'];

beforeAll(async () => {
  ex = await startExchange();
  events = await captureEvents(ex.nc, `${ex.prefix}.exchange.enterprise.>`);
  await putCell(ex, 'cell-1');
  await putCell(ex, 'cell-2', 'worker-2');
});
afterAll(async () => {
  await events.stop();
  await ex.close();
});

describe('PUT /v1/enterprises/{uscc}', () => {
  it('rejects a wrong check digit with a message a clerk understands', async () => {
    const good = uscc(1);
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const res = await call(ex, 'PUT', `/v1/enterprises/${bad}`, enterpriseBody(), clerk);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'EXCHANGE.USCC_INVALID' });
    expect(res.json<{ detail: string }>().detail).toContain('check digit');
  });

  it('registers, then records only the changed fields, then closes and reopens', async () => {
    const code = uscc(2);
    const created = await call(ex, 'PUT', `/v1/enterprises/${code}`, enterpriseBody(), clerk);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      uscc: code,
      highRisk: true,
      highRiskCategory: 'hazardous-chemicals',
      township: 'zhihu',
      version: 1,
    });
    const same = await call(ex, 'PUT', `/v1/enterprises/${code}`, enterpriseBody(), clerk);
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ version: 1 });
    const moved = await call(
      ex,
      'PUT',
      `/v1/enterprises/${code}`,
      enterpriseBody({ gridCellId: 'cell-2', standardisationLevel: '1' }),
      clerk,
    );
    expect(moved.json()).toMatchObject({ version: 2, gridCellId: 'cell-2' });
    const closed = await call(
      ex,
      'PUT',
      `/v1/enterprises/${code}`,
      enterpriseBody({
        gridCellId: 'cell-2',
        standardisationLevel: '1',
        status: 'closed',
        closure: { reason: 'relocated', closedOn: '2026-03-01' },
      }),
      clerk,
    );
    expect(closed.json()).toMatchObject({ status: 'closed', version: 3 });
    await call(
      ex,
      'PUT',
      `/v1/enterprises/${code}`,
      enterpriseBody({ gridCellId: 'cell-2', standardisationLevel: '1' }),
      clerk,
    );

    const mine = await events
      .waitForCount(4)
      .then(() => events.events.filter((e) => e.event.subject === code).map((e) => e.event));
    expect(mine.map((e) => e.type)).toEqual([
      'yiwang.exchange.enterprise.registered.v1',
      'yiwang.exchange.enterprise.updated.v1',
      'yiwang.exchange.enterprise.closed.v1',
      'yiwang.exchange.enterprise.reopened.v1',
    ]);
    expect(mine.map((e) => e['sequence'])).toEqual([1, 2, 3, 4]);
    expect(mine[0]).toMatchObject({
      region: '330502',
      enterprise: code,
      data: { township: 'zhihu', status: 'open', standardisationLevel: '2' },
    });
    expect(mine[1]?.data).toEqual({
      uscc: code,
      changes: { gridCellId: 'cell-2', standardisationLevel: '1' },
      updatedAt: expect.any(String) as string,
    });
    expect(mine[2]?.data).toMatchObject({ reason: 'relocated', closedOn: '2026-03-01' });
  });

  it('refuses an unknown cell, a cell of another region and a region outside the token', async () => {
    const code = uscc(3);
    const unknown = await call(
      ex,
      'PUT',
      `/v1/enterprises/${code}`,
      enterpriseBody({ gridCellId: 'nope' }),
      clerk,
    );
    expect(unknown.json()).toMatchObject({ status: 422, code: 'EXCHANGE.GRID_CELL_UNKNOWN' });
    const mismatch = await call(
      ex,
      'PUT',
      `/v1/enterprises/${code}`,
      enterpriseBody({ region: '330503' }),
      clerk,
    );
    expect(mismatch.json()).toMatchObject({ code: 'EXCHANGE.GRID_CELL_REGION_MISMATCH' });
    const foreign = await call(ex, 'PUT', `/v1/enterprises/${code}`, enterpriseBody(), clerk, [
      '330521',
    ]);
    expect(foreign.statusCode).toBe(403);
    const noRole = await call(ex, 'PUT', `/v1/enterprises/${code}`, enterpriseBody(), [
      'grid-worker',
    ]);
    expect(noRole.statusCode).toBe(403);
    const extra = await call(
      ex,
      'PUT',
      `/v1/enterprises/${code}`,
      { ...enterpriseBody(), ceo: 'x' },
      clerk,
    );
    expect(extra.json()).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
  });
});

describe('concurrent PUTs of a new enterprise', () => {
  it('register it once: one registered event, the other PUT changes nothing', async () => {
    const code = uscc(40);
    const results = await Promise.all(
      [1, 2, 3].map(() => call(ex, 'PUT', `/v1/enterprises/${code}`, enterpriseBody(), clerk)),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    await events.waitForEvent((e) => e.event.subject === code);
    await new Promise((r) => setTimeout(r, 300));
    expect(events.events.filter((e) => e.event.subject === code)).toHaveLength(1);
  });
});

describe('GET /v1/enterprises', () => {
  it('pages with an opaque cursor, filters, and hides other regions', async () => {
    for (let i = 10; i < 15; i += 1) {
      const industry = i % 2 === 0 ? 'trade' : 'mining';
      await call(
        ex,
        'PUT',
        `/v1/enterprises/${uscc(i)}`,
        enterpriseBody({ industry, name: `Firm ${i}` }),
        clerk,
      );
    }
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const url: string = `/v1/enterprises?limit=2${next === null ? '' : `&cursor=${next}`}`;
      const res = await call(ex, 'GET', url, undefined, ['inspector']);
      expect(res.statusCode).toBe(200);
      const body = res.json<{ items: { uscc: string }[]; next: string | null }>();
      seen.push(...body.items.map((e) => e.uscc));
      next = body.next;
    } while (next !== null);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(6);

    const mining = await call(ex, 'GET', '/v1/enterprises?industry=mining&limit=50', undefined, [
      'inspector',
    ]);
    expect(mining.json<{ items: unknown[] }>().items).toHaveLength(2);
    const other = await call(
      ex,
      'GET',
      '/v1/enterprises?limit=50',
      undefined,
      ['inspector'],
      ['330521'],
    );
    expect(other.json<{ items: unknown[] }>().items).toHaveLength(0);
    const one = await call(
      ex,
      'GET',
      `/v1/enterprises/${uscc(10)}`,
      undefined,
      ['inspector'],
      ['330521'],
    );
    expect(one.statusCode).toBe(403);
    const bad = await call(ex, 'GET', '/v1/enterprises?cursor=garbage', undefined, ['inspector']);
    expect(bad.json()).toMatchObject({ status: 400, code: 'REQUEST.CURSOR_INVALID' });
  });
});

describe('POST /v1/enterprises/import', () => {
  const send = async (type: string, payload: string, roles = clerk) => {
    const token = await ex.token(roles);
    return ex.app.inject({
      method: 'POST',
      url: '/v1/enterprises/import',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      payload,
    });
  };

  it('applies valid CSV rows and reports each bad one by row and field', async () => {
    const bad = uscc(21).slice(0, 17) + (uscc(21).endsWith('0') ? '1' : '0');
    const csv = [
      'uscc,name,industry,region,gridCellId,standardisationLevel,status,closedReason,closedOn,employees',
      `${uscc(20)},"Anji ""Bamboo"" Works",manufacturing,330502,cell-1,none,open,,,120`,
      `${bad},Typo Ltd,trade,330502,cell-1,1,open,,,`,
      `${uscc(22)},Old Mill,trade,330502,cell-1,3,closed,bankrupt,2025-12-01,`,
      `${uscc(23)},Nowhere Ltd,trade,330502,cell-9,1,open,,,`,
      `${uscc(24)},Bad Industry,plastics,330502,cell-1,1,open,,,`,
    ].join('\r\n');
    const res = await send('text/csv', csv);
    expect(res.statusCode).toBe(200);
    const report = res.json<{
      registered: number;
      failed: number;
      errors: { row: number; field: string; message: string }[];
    }>();
    expect(report).toMatchObject({ total: 5, registered: 2, failed: 3 });
    expect(report.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'uscc'],
      [5, 'gridCellId'],
      [6, 'industry'],
    ]);
    const mill = await call(ex, 'GET', `/v1/enterprises/${uscc(22)}`, undefined, ['inspector']);
    expect(mill.json()).toMatchObject({ status: 'closed', closure: { reason: 'bankrupt' } });
    const works = await call(ex, 'GET', `/v1/enterprises/${uscc(20)}`, undefined, ['inspector']);
    expect(works.json()).toMatchObject({ name: 'Anji "Bamboo" Works', employees: 120 });
  });

  it('accepts NDJSON, reports bad lines, refuses other media types', async () => {
    const lines = [
      JSON.stringify({ uscc: uscc(30), ...enterpriseBody({ industry: 'trade' }) }),
      '{not json',
      JSON.stringify({
        uscc: uscc(31),
        ...enterpriseBody({ industry: 'trade' }),
        __proto__: { admin: true },
      }).replace('"name"', '"__proto__":{},"name"'),
      '',
      JSON.stringify({
        uscc: uscc(32),
        ...enterpriseBody({ industry: 'trade', standardisationLevel: 4 }),
      }),
    ].join('\n');
    const res = await send('application/x-ndjson', lines);
    const report = res.json<{ registered: number; failed: number; errors: { row: number }[] }>();
    expect(report).toMatchObject({ total: 4, registered: 1, failed: 3 });
    expect(report.errors.map((e) => e.row)).toEqual([2, 3, 5]);
    const xml = await send('application/xml', '<x/>');
    expect(xml.statusCode).toBe(415);
  });

  it('refuses more rows than the limit', async () => {
    const rows = Array.from({ length: 10_001 }, () => '{}').join('\n');
    const res = await send('application/x-ndjson', rows);
    expect(res.json()).toMatchObject({ status: 413, code: 'EXCHANGE.IMPORT_TOO_MANY_ROWS' });
  });
});
