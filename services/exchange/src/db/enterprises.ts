// Enterprises: rows ↔ domain, load for update, save (the list: enterprise-list.ts).
import { eq } from 'drizzle-orm';
import type { Industry } from '@yiwang/contracts';
import type {
  ClosedReason,
  Enterprise,
  HighRiskCategory,
  StandardisationLevel,
} from '../domain/enterprise.js';
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
