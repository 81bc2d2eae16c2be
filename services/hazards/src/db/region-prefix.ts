// Region matching of lists (GB/T 2260): 330500 covers 3305xx, 330502 covers itself and what
// hangs below it.

/** The prefix every region covered by `region` starts with. */
export function regionPrefix(region: string): string {
  return region.replace(/(00)+$/, '');
}
