// A staff token whose regions cover nothing sees no report: with no region at all the list and
// the dashboard counts are empty (never "no filter", every region), and so they are for a code
// that is no region (000000).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, reportBody } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await created(h, reportBody({ location: { region: '330502', address: '1 Industrial Rd' } }));
});
afterAll(async () => h.close());

const get = async (url: string, regions: string[]) => {
  const res = await h.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${await h.token('supervisor', regions)}` },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items?: unknown[]; totals?: { total: number } }>();
};

describe.each([
  ['without regions', []],
  ['whose only region is no GB/T 2260 code', ['000000']],
])('a staff token %s', (_, regions: string[]) => {
  it('lists no report, while its city lists the one there is', async () => {
    expect((await get('/v1/reports', ['330500'])).items).toHaveLength(1);
    expect((await get('/v1/reports', regions)).items).toEqual([]);
  });

  it('counts no report', async () => {
    expect((await get('/v1/reports/stats', regions)).totals).toMatchObject({ total: 0 });
  });
});
