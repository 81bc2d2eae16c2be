// Queries of the compliance records.
import { inRegions } from '@yiwang/service-kit';
import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Compliance } from '../domain/compliance.js';
import { compliance } from './tables.js';
import type { Executor } from './types.js';

const toCompliance = (row: { state: Record<string, unknown> }) =>
  row.state as unknown as Compliance;

/** The record of `uscc`, or undefined. */
export async function loadCompliance(db: Executor, uscc: string): Promise<Compliance | undefined> {
  const [row] = await db.select().from(compliance).where(eq(compliance.uscc, uscc));
  return row === undefined ? undefined : toCompliance(row);
}

/** Inserts or replaces the record. */
export async function saveCompliance(db: Executor, c: Compliance, at: Date): Promise<void> {
  const values = {
    region: c.region,
    status: c.status,
    state: { ...c },
    version: c.version,
    updatedAt: at,
  };
  await db
    .insert(compliance)
    .values({ uscc: c.uscc, ...values })
    .onConflictDoUpdate({ target: compliance.uscc, set: values });
}

/** Filters of a compliance list. */
export interface ComplianceFilter {
  readonly regions: readonly string[];
  readonly status?: string;
  readonly after?: string | undefined;
  readonly limit: number;
}

/** A keyset page of records by USCC within the regions. */
export async function listCompliance(db: Executor, f: ComplianceFilter): Promise<Compliance[]> {
  const where: SQL[] = [inRegions(compliance.region, f.regions)];
  if (f.status !== undefined) where.push(eq(compliance.status, f.status));
  if (f.after !== undefined) where.push(gt(compliance.uscc, f.after));
  const rows = await db
    .select()
    .from(compliance)
    .where(and(...where))
    .orderBy(asc(compliance.uscc))
    .limit(f.limit);
  return rows.map(toCompliance);
}
