import { describe, expect, it } from 'vitest';
import { tallyByRegion } from './tally-by-region.js';

interface Group {
  region: string;
  status: string;
  n: number;
}
interface Tally {
  total: number;
  byStatus: Record<string, number>;
}

const empty = (): Tally => ({ total: 0, byStatus: {} });
const add = (t: Tally, g: Group) => {
  t.total += g.n;
  t.byStatus[g.status] = (t.byStatus[g.status] ?? 0) + g.n;
};

describe('tallyByRegion', () => {
  const groups: Group[] = [
    { region: '330503', status: 'open', n: 2 },
    { region: '330502', status: 'open', n: 1 },
    { region: '330502', status: 'closed', n: 4 },
    { region: '330521', status: 'open', n: 2 },
  ];

  it('adds every group to the totals and to its own region only', () => {
    const { totals, byRegion } = tallyByRegion(groups, empty, add);
    expect(totals).toEqual({ total: 9, byStatus: { open: 5, closed: 4 } });
    expect(byRegion).toEqual([
      { region: '330502', total: 5, byStatus: { open: 1, closed: 4 } },
      { region: '330503', total: 2, byStatus: { open: 2 } },
      { region: '330521', total: 2, byStatus: { open: 2 } },
    ]);
  });

  it('orders regions by the given order, then by code', () => {
    const busiestLast = tallyByRegion(groups, empty, add, (a, b) => a.total - b.total);
    expect(busiestLast.byRegion.map((t) => t.region)).toEqual(['330503', '330521', '330502']);
  });

  it('gives empty tallies for no groups', () => {
    expect(tallyByRegion([], empty, add)).toEqual({ totals: empty(), byRegion: [] });
  });
});
