import { anyRegionCovers, type Principal } from '@yiwang/service-kit';
import { describe, expect, it } from 'vitest';
import { makeEnterpriseNames, type DirectoryEntry } from './enterprise-names.js';

const WUXING = '91330502MA2B3C4D5X';
const DEQING = '91330521MA2B3C4D5Y';
const directory: Record<string, DirectoryEntry> = {
  [WUXING]: { name: '湖州织里恒达涂料化工有限公司', region: '330502' },
  [DEQING]: { name: '德清新市恒丰木业有限公司', region: '330521' },
};
const user = (...regions: string[]): Principal => ({
  sub: 'u',
  dept: 'bureau',
  roles: ['duty'],
  regions,
});

/** A directory that, like exchange, shows only what the user's regions cover. */
function lookupAs(principal: Principal, calls: string[]) {
  return (uscc: string) => {
    calls.push(uscc);
    const entry = directory[uscc];
    const visible = entry !== undefined && anyRegionCovers(principal.regions, entry.region);
    return Promise.resolve(visible ? entry : undefined);
  };
}

describe('the enterprise name cache', () => {
  it('asks the directory once per USCC within the TTL, and again after it', async () => {
    let now = 0;
    const names = makeEnterpriseNames({ ttlMs: 60_000, maxEntries: 10, now: () => now });
    const calls: string[] = [];
    const city = user('330500');
    expect(await names.resolve(city, [WUXING, DEQING, WUXING], lookupAs(city, calls))).toEqual({
      [WUXING]: directory[WUXING]?.name,
      [DEQING]: directory[DEQING]?.name,
    });
    await names.resolve(city, [WUXING], lookupAs(city, calls));
    expect(calls).toEqual([WUXING, DEQING]);
    now = 60_001;
    await names.resolve(city, [WUXING], lookupAs(city, calls));
    expect(calls).toEqual([WUXING, DEQING, WUXING]);
  });

  it('never hands a cached name to a user whose regions do not cover the enterprise', async () => {
    const names = makeEnterpriseNames({ ttlMs: 60_000, maxEntries: 10, now: () => 0 });
    const city = user('330500');
    await names.resolve(city, [DEQING], lookupAs(city, []));
    const wuxing = user('330502');
    expect(await names.resolve(wuxing, [DEQING, WUXING], lookupAs(wuxing, []))).toEqual({
      [WUXING]: directory[WUXING]?.name,
    });
  });

  it('leaves out what the directory does not know, and keeps at most maxEntries', async () => {
    const names = makeEnterpriseNames({ ttlMs: 60_000, maxEntries: 1, now: () => 0 });
    const city = user('330500');
    const calls: string[] = [];
    expect(await names.resolve(city, ['91330100000000000A'], lookupAs(city, calls))).toEqual({});
    await names.resolve(city, [WUXING], lookupAs(city, calls));
    await names.resolve(city, [DEQING], lookupAs(city, calls));
    await names.resolve(city, [WUXING], lookupAs(city, calls));
    // WUXING was evicted by DEQING (one entry), so it is looked up again.
    expect(calls).toEqual(['91330100000000000A', WUXING, DEQING, WUXING]);
  });
});
