// The directory list: filters, the caller's regions, keyset pages by USCC.
import { inRegions } from '@yiwang/service-kit';
import { and, asc, eq, gt, ilike, like, ne, type SQL } from 'drizzle-orm';
import { regionLikePattern } from '../domain/region.js';
import { toEnterprise } from './enterprises.js';
import { enterprises } from './tables.js';
import type { Executor } from './types.js';

/** Filters of the directory list. */
export interface EnterpriseFilter {
  readonly region?: string | undefined;
  readonly industry?: string | undefined;
  readonly status?: string | undefined;
  readonly gridCellId?: string | undefined;
  readonly highRisk?: boolean | undefined;
  readonly name?: string | undefined;
}

/** A page of enterprises ordered by USCC after `after`, inside the caller's regions. */
export async function listEnterprises(
  ex: Executor,
  filter: EnterpriseFilter,
  regions: readonly string[],
  after: string | undefined,
  limit: number,
) {
  const where: (SQL | undefined)[] = [
    after === undefined ? undefined : gt(enterprises.uscc, after),
    filter.region === undefined
      ? undefined
      : like(enterprises.region, regionLikePattern(filter.region)),
    filter.industry === undefined ? undefined : eq(enterprises.industry, filter.industry),
    filter.status === undefined ? undefined : eq(enterprises.status, filter.status),
    filter.gridCellId === undefined ? undefined : eq(enterprises.gridCellId, filter.gridCellId),
    filter.name === undefined ? undefined : ilike(enterprises.name, `%${escapeLike(filter.name)}%`),
  ];
  if (filter.highRisk !== undefined) {
    where.push(
      filter.highRisk
        ? ne(enterprises.highRiskCategory, 'none')
        : eq(enterprises.highRiskCategory, 'none'),
    );
  }
  const rows = await ex
    .select()
    .from(enterprises)
    .where(and(...where, inRegions(enterprises.region, regions)))
    .orderBy(asc(enterprises.uscc))
    .limit(limit + 1);
  return rows.map(toEnterprise);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
