// A staff token whose regions cover nothing must see no listing case: no region at all is 403
// on the list and the counts (never an unfiltered list), and a code that is no region
// (000000) matches nothing rather than every region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listings } from '../src/db/tables.js';
import { call } from './support/fixtures.js';
import { startCredit, type CreditService } from './support/harness.js';

let cr: CreditService;
beforeAll(async () => {
  cr = await startCredit();
  const at = cr.clock.now();
  // The list and the counts read only the columns; the state is not rendered for these ids.
  await cr.deps.database.db.insert(listings).values(
    ['330502', '330100'].map((region) => ({
      id: `lst-${region}`,
      subjectId: `subj-${region}`,
      region,
      status: 'proposed',
      state: {},
      version: 1,
      createdAt: at,
      updatedAt: at,
    })),
  );
});
afterAll(async () => cr.close());

const noRegion = { roles: ['supervisor'], regions: [] };
const bogusRegion = { roles: ['supervisor'], regions: ['000000'] };

describe('a staff token without regions', () => {
  it('is refused the list and the counts', async () => {
    for (const url of ['/v1/credit/listings', '/v1/credit/listings/stats']) {
      const res = await call(cr, 'GET', url, undefined, noRegion);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(403);
    }
  });
});

describe('a staff token whose only region is no GB/T 2260 code', () => {
  it('counts nothing', async () => {
    const res = await call(cr, 'GET', '/v1/credit/listings/stats', undefined, bogusRegion);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ totals: { total: 0 }, byRegion: [] });
  });

  it('lists nothing', async () => {
    const res = await call(cr, 'GET', '/v1/credit/listings', undefined, bogusRegion);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ items: [] });
  });
});
