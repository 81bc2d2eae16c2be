// The region filter of list queries: codes a token's regions cover (GB/T 2260 prefixes).
import { eq, like, or, type Column, type SQL } from 'drizzle-orm';
import { regionLikePattern } from '../domain/region.js';

/** `column` lies in one of the regions (none: matches nothing). */
export function inRegions(column: Column, regions: readonly string[]): SQL {
  const parts = regions.map((r) => like(column, regionLikePattern(r)));
  return parts.length === 0 ? eq(column, '\u0000') : (or(...parts) as SQL);
}
