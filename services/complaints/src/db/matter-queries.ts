// "Only the first valid real-name reporter of the same matter" (安全生产领域举报奖励办法 2018,
// art. 10): counted when the reward is decided, under the report's row lock, so it does not
// depend on the (lock-free, informational) duplicate link made at intake.
import { and, asc, eq, gte, lt, ne, notInArray, sql } from 'drizzle-orm';
import type { Report } from '../domain/report/state.js';
import type { Tx } from './report-store.js';
import { reports } from './tables.js';

/**
 * Real-name reports of the same enterprise and scope received within `windowDays` before
 * `report` that were not declined and not found unsubstantiated.
 */
export async function countEarlierValidReports(
  tx: Tx,
  report: Report,
  windowDays: number,
): Promise<number> {
  const since = new Date(Date.parse(report.receivedAt) - windowDays * 86_400_000).toISOString();
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(reports)
    .where(
      and(
        eq(reports.matterKey, sql`(select matter_key from reports where id = ${report.id})`),
        eq(reports.scope, report.scope),
        ne(reports.id, report.id),
        gte(reports.receivedAt, since),
        lt(reports.receivedAt, report.receivedAt),
        eq(reports.realName, true),
        notInArray(reports.status, ['not-accepted', 'unsubstantiated']),
        sql`not (${reports.status} = 'closed' and ${reports.state}->'verification'->>'result' is distinct from 'substantiated')`,
      ),
    );
  return row?.n ?? 0;
}

/**
 * The first report of a matter (enterprise + scope) received since `since` and before
 * `before`, for linking; follows that report's own link, so every repeat points at the first.
 */
export async function firstOfMatter(
  tx: Tx,
  q: { key: string; scope: string; since: string; before: Pick<Report, 'id' | 'receivedAt'> },
): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: reports.id, duplicateOf: reports.duplicateOf })
    .from(reports)
    .where(
      and(
        eq(reports.matterKey, q.key),
        eq(reports.scope, q.scope),
        gte(reports.receivedAt, q.since),
        lt(reports.receivedAt, q.before.receivedAt),
        ne(reports.id, q.before.id),
      ),
    )
    .orderBy(asc(reports.receivedAt))
    .limit(1);
  return row === undefined ? undefined : (row.duplicateOf ?? row.id);
}
