// Queries of statistics filings, and of the enterprises that have not filed a period.
import { and, eq, gt, isNull, ne, type SQL } from 'drizzle-orm';
import { inRegions } from '@yiwang/service-kit';
import type { Filing } from '../domain/decide-filing.js';
import type { PeriodRef } from '../domain/periods.js';
import { enterprises, statisticsFilings as f } from './tables.js';
import type { Executor } from './types.js';

/** Inserts a filing. */
export async function insertFiling(db: Executor, x: Filing): Promise<void> {
  await db.insert(f).values({
    id: x.id,
    uscc: x.uscc,
    region: x.region,
    year: x.year,
    period: x.period,
    dueOn: x.dueOn,
    filedAt: new Date(x.filedAt),
    late: x.late,
    state: x as unknown as Record<string, unknown>,
  });
}

/** The filing of `uscc` for the period, if any. */
export async function findFiling(
  db: Executor,
  uscc: string,
  p: PeriodRef,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: f.id })
    .from(f)
    .where(and(eq(f.uscc, uscc), eq(f.year, p.year), eq(f.period, p.period)));
  return row?.id;
}

/** Filters of a list of filings. */
export interface FilingFilter {
  readonly regions?: readonly string[];
  readonly uscc?: string;
  readonly period?: PeriodRef;
  readonly late?: boolean;
  readonly after?: string;
  readonly limit: number;
}

/** Filings in id order after the cursor. */
export async function listFilings(db: Executor, q: FilingFilter): Promise<Filing[]> {
  const where: (SQL | undefined)[] = [
    q.regions === undefined ? undefined : inRegions(f.region, q.regions),
    q.uscc === undefined ? undefined : eq(f.uscc, q.uscc),
    q.period === undefined ? undefined : eq(f.year, q.period.year),
    q.period === undefined ? undefined : eq(f.period, q.period.period),
    q.late === undefined ? undefined : eq(f.late, q.late),
    q.after === undefined ? undefined : gt(f.id, q.after),
  ];
  const rows = await db
    .select()
    .from(f)
    .where(and(...where))
    .orderBy(f.id)
    .limit(q.limit);
  return rows.map((r) => r.state as unknown as Filing);
}

/** Open enterprises of the regions without a filing for the period, in USCC order. */
export async function listMissingFilers(
  db: Executor,
  q: { regions: readonly string[]; period: PeriodRef; after?: string; limit: number },
) {
  const e = enterprises;
  return db
    .select({ uscc: e.uscc, name: e.name, region: e.region, gridCellId: e.gridCellId })
    .from(e)
    .leftJoin(f, and(eq(f.uscc, e.uscc), eq(f.year, q.period.year), eq(f.period, q.period.period)))
    .where(
      and(
        isNull(f.id),
        ne(e.status, 'closed'),
        inRegions(e.region, q.regions),
        q.after === undefined ? undefined : gt(e.uscc, q.after),
      ),
    )
    .orderBy(e.uscc)
    .limit(q.limit);
}
