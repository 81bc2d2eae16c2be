// Enterprises: rows ↔ domain, load for update, save, list with filters.
import { and, asc, eq, gt, ilike, like, ne, or, type SQL } from 'drizzle-orm';
import type { Industry } from '@yiwang/contracts';
import type {
  ClosedReason,
  Enterprise,
  HighRiskCategory,
  StandardisationLevel,
} from '../domain/enterprise.js';
import { regionLikePattern } from '../domain/region.js';
import { enterprises } from './tables.js';
import type { Executor } from './types.js';

type Row = typeof enterprises.$inferSelect;

/** A directory row as a domain enterprise. */
export function toEnterprise(row: Row): Enterprise {
  return {
    uscc: row.uscc,
    name: row.name,
    industry: row.industry as Industry,
    highRiskCategory: row.highRiskCategory as HighRiskCategory,
    region: row.region,
    township: row.township,
    gridCellId: row.gridCellId,
    standardisationLevel: row.standardisationLevel as StandardisationLevel,
    status: row.status as Enterprise['status'],
    closure:
      row.closedReason !== null && row.closedOn !== null
        ? { reason: row.closedReason as ClosedReason, closedOn: row.closedOn }
        : undefined,
    address: row.address ?? undefined,
    employees: row.employees ?? undefined,
    version: row.version,
    registeredAt: row.registeredAt.toISOString(),
  };
}

/** Loads an enterprise and locks its row (the aggregate lock comes first in a use case). */
export async function loadEnterpriseForUpdate(ex: Executor, uscc: string) {
  const [row] = await ex.select().from(enterprises).where(eq(enterprises.uscc, uscc)).for('update');
  return row === undefined ? undefined : toEnterprise(row);
}

/** Loads an enterprise without locking. */
export async function findEnterprise(ex: Executor, uscc: string) {
  const [row] = await ex.select().from(enterprises).where(eq(enterprises.uscc, uscc));
  return row === undefined ? undefined : toEnterprise(row);
}

/** Inserts or replaces an enterprise. */
export async function saveEnterprise(ex: Executor, e: Enterprise, at: Date) {
  const values = {
    name: e.name,
    industry: e.industry,
    highRiskCategory: e.highRiskCategory,
    region: e.region,
    township: e.township,
    gridCellId: e.gridCellId,
    standardisationLevel: e.standardisationLevel,
    status: e.status,
    closedReason: e.closure?.reason ?? null,
    closedOn: e.closure?.closedOn ?? null,
    address: e.address ?? null,
    employees: e.employees ?? null,
    version: e.version,
    updatedAt: at,
  };
  await ex
    .insert(enterprises)
    .values({ uscc: e.uscc, registeredAt: new Date(e.registeredAt), ...values })
    .onConflictDoUpdate({ target: enterprises.uscc, set: values });
}

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
  const scope = regions.map((r) => like(enterprises.region, regionLikePattern(r)));
  const rows = await ex
    .select()
    .from(enterprises)
    .where(and(...where, scopeOf(scope)))
    .orderBy(asc(enterprises.uscc))
    .limit(limit + 1);
  return rows.map(toEnterprise);
}

function scopeOf(scope: SQL[]) {
  return scope.length === 0 ? eq(enterprises.uscc, '') : or(...scope);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
