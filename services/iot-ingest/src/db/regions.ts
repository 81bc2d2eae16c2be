// Region filters of the list queries: a region code covers itself and the codes below it
// (GB/T 2260: 330000 the province, 330500 a city, 330502 a district in it).
import { or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** Rows whose `column` lies in any of `regions`; undefined (no filter) when not given. */
export function inRegions(column: AnyPgColumn, regions: readonly string[] | undefined) {
  if (regions === undefined) return undefined;
  return or(...regions.map((r): SQL => sql`${column} like ${regionPrefix(r) + '%'}`));
}

/** 330500 covers 3305xx, 330502 itself. */
function regionPrefix(region: string): string {
  return region.replace(/(00)+$/, '');
}
