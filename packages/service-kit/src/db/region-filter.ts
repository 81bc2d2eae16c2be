// The SQL form of the token region rule (GB/T 2260 prefixes, see `regionCovers`) for list and
// count queries of every service.
import { sql, type Column, type SQL } from 'drizzle-orm';
import { coveredPrefix } from '../auth/region.js';

/**
 * Rows whose `column` (a 6-digit region code; a table column, or `sql` naming one in a raw
 * query) lies in any of `regions`: 330500 matches 3305xx, 330000 matches 33xxxx, 330502 only
 * itself. No regions, or none that is a region code, matches nothing: an empty grant must
 * never widen into "no filter" (drizzle's `or()` of nothing is `undefined`, which `and()`
 * drops).
 */
export function inRegions(column: Column | SQL, regions: readonly string[]): SQL {
  const parts = regions.flatMap((region) => {
    const prefix = coveredPrefix(region);
    if (prefix === undefined) return [];
    return prefix === region ? [sql`${column} = ${region}`] : [sql`${column} like ${`${prefix}%`}`];
  });
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}
