// Any caller may list the directory and the grid, but only in the regions of its token: a
// token without regions, or whose only region is no GB/T 2260 code (000000), lists nothing
// (never "no filter", every region).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enterpriseBody, putCell, uscc } from './support/fixtures.js';
import { startExchange, type Exchange } from './support/harness.js';

let ex: Exchange;
const LISTS = ['/v1/enterprises', '/v1/grid/cells', '/v1/grid/tasks', '/v1/grid/reports'];

beforeAll(async () => {
  ex = await startExchange();
  await putCell(ex, 'cell-1');
  const res = await call(ex, 'PUT', `/v1/enterprises/${uscc(71)}`, enterpriseBody());
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(async () => {
  await ex.close();
});

const items = async (url: string, regions: string[]) => {
  const res = await call(ex, 'GET', url, undefined, ['admin'], regions);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json<{ items: unknown[] }>().items;
};

describe('the directory and grid lists', () => {
  it('show the city’s enterprise and cell to the city', async () => {
    expect(await items('/v1/enterprises', ['330500'])).toHaveLength(1);
    expect(await items('/v1/grid/cells', ['330500'])).toHaveLength(1);
  });

  it.each([
    ['without regions', []],
    ['whose only region is no GB/T 2260 code', ['000000']],
  ])('show nothing to a token %s', async (_, regions: string[]) => {
    for (const url of LISTS) expect(await items(url, regions), url).toEqual([]);
  });
});
