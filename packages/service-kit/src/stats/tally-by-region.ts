// Dashboards read grouped counts (one SQL row per region × status × …) as totals plus one tally
// per region. Each service says what a tally holds (`empty`, `add`) and which region comes first.

/** A tally with the region it counts. */
export type RegionTally<C> = C & { readonly region: string };

/** What {@link tallyByRegion} returns. */
export interface RegionTallies<C> {
  readonly totals: C;
  readonly byRegion: RegionTally<C>[];
}

/**
 * Adds every group to the totals and to its region's tally; regions are ordered by `order`
 * (e.g. the busiest first), then by code.
 */
export function tallyByRegion<G extends { readonly region: string }, C extends object>(
  groups: readonly G[],
  empty: () => C,
  add: (tally: C, group: G) => void,
  order: (a: C, b: C) => number = () => 0,
): RegionTallies<C> {
  const totals = empty();
  const byRegion = new Map<string, C>();
  for (const group of groups) {
    add(totals, group);
    const tally = byRegion.get(group.region) ?? empty();
    byRegion.set(group.region, tally);
    add(tally, group);
  }
  return {
    totals,
    byRegion: [...byRegion]
      .map(([region, tally]) => ({ region, ...tally }))
      .sort((a, b) => order(a, b) || a.region.localeCompare(b.region)),
  };
}
