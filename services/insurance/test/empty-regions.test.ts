// Staff see compliance records and policies only in the regions their token covers: no region
// at all is 403 (never an unfiltered list), a city covers its own counties only (Taizhou
// 331000 shares "331" with Lishui 331100), and a code that is no region (000000) covers nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCompliance } from '../src/db/compliance.js';
import { call, INSURER, uscc } from './support/fixtures.js';
import { startInsurance, type InsuranceService } from './support/harness.js';

let svc: InsuranceService;
const TAIZHOU = uscc(301);
const LISHUI = uscc(302);

beforeAll(async () => {
  svc = await startInsurance();
  for (const [id, region] of [
    [TAIZHOU, '331002'],
    [LISHUI, '331102'],
  ] as const) {
    await saveCompliance(
      svc.deps.database.db,
      {
        uscc: id,
        region,
        industry: 'hazardous-chemicals',
        status: 'compliant',
        since: '2026-03-01',
        version: 1,
      },
      svc.clock.now(),
    );
  }
});
afterAll(async () => {
  await svc.close();
});

async function compliance(regions: string[]): Promise<string[]> {
  const res = await call(svc, 'GET', '/v1/insurance/compliance', undefined, {
    roles: ['inspector'],
    regions,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { uscc: string }[] }>().items.map((i) => i.uscc);
}

describe('a staff token without regions', () => {
  it('is refused the compliance and policy lists and the evaluation', async () => {
    for (const url of [
      '/v1/insurance/compliance',
      '/v1/insurance/policies',
      `/v1/insurance/insurers/${INSURER}/evaluations/2026`,
    ]) {
      const claims = { roles: ['supervisor'], regions: [] };
      const res = await call(svc, 'GET', url, undefined, claims);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(403);
    }
  });
});

describe('the compliance list', () => {
  it('keeps a city to its own counties, even when another city shares a prefix', async () => {
    expect(await compliance(['331000'])).toEqual([TAIZHOU]);
    expect(await compliance(['331100'])).toEqual([LISHUI]);
    expect(await compliance(['310000'])).toEqual([]);
    expect((await compliance(['331002', '331102'])).sort()).toEqual([TAIZHOU, LISHUI].sort());
  });

  it('shows nothing to a token whose only region is no GB/T 2260 code', async () => {
    expect(await compliance(['000000'])).toEqual([]);
  });
});
