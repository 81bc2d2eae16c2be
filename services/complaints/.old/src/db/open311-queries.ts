// Reads behind the Open311 GET routes.
import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Report } from '../domain/report/state.js';
import type { Tx } from './report-store.js';
import { open311Requests, reports } from './tables.js';

export async function reportIdForToken(tx: Tx, token: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: open311Requests.reportId })
    .from(open311Requests)
    .where(eq(open311Requests.token, token));
  return row?.id;
}

export interface Open311Filter {
  readonly ids?: readonly string[] | undefined;
  readonly clientId?: string | undefined;
  readonly serviceCode?: string | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly limit: number;
}

/** Reports by id, or those a client posted; newest first. */
export async function findOpen311Reports(tx: Tx, f: Open311Filter): Promise<Report[]> {
  const where: (SQL | undefined)[] = [
    f.ids === undefined ? undefined : inArray(reports.id, [...f.ids]),
    f.clientId === undefined ? undefined : eq(open311Requests.clientId, f.clientId),
    f.serviceCode === undefined ? undefined : eq(reports.scope, f.serviceCode),
    f.start === undefined ? undefined : gte(reports.receivedAt, f.start),
    f.end === undefined ? undefined : lte(reports.receivedAt, f.end),
  ];
  const query = tx.select({ state: reports.state }).from(reports);
  const joined =
    f.clientId === undefined
      ? query
      : query.innerJoin(open311Requests, eq(open311Requests.reportId, reports.id));
  const rows = await joined
    .where(and(...where))
    .orderBy(desc(reports.receivedAt))
    .limit(f.limit);
  return rows.map((r) => r.state);
}
