// GB/T 2260 coverage: a province PP0000 covers PP****, a city PPCC00 covers PPCC**, a county
// only itself (the same rule as the bearer tokens' regions).
const code = /^[1-9][0-9]{5}$/;

/** Whether a granted region covers a target region (330500 covers 330502, not the reverse). */
export function regionCovers(granted: string, target: string): boolean {
  if (!code.test(granted) || !code.test(target)) return false;
  if (granted === target) return true;
  if (granted.endsWith('0000')) return target.startsWith(granted.slice(0, 2));
  if (granted.endsWith('00')) return target.startsWith(granted.slice(0, 4));
  return false;
}

/** Whether any of the granted regions covers the target. */
export function anyCovers(granted: readonly string[], target: string): boolean {
  return granted.some((g) => regionCovers(g, target));
}

/**
 * The LIKE pattern of every code a region covers, for SQL filters: `33%`, `3305%` or the
 * code itself.
 */
export function regionLikePattern(region: string): string {
  if (region.endsWith('0000')) return `${region.slice(0, 2)}%`;
  if (region.endsWith('00')) return `${region.slice(0, 4)}%`;
  return region;
}
