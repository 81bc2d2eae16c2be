// Alarms: rows written by the ingest path (raised, cleared) and by the lifecycle use cases.
import { and, asc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { inRegions } from '@yiwang/service-kit';
import type { Alarm, AlarmStatus, Disposition, EscalationTier } from '../domain/alarm.js';
import { alarms } from './tables.js';
import type { Executor } from './types.js';

/** One alarm row. */
export type AlarmRow = typeof alarms.$inferSelect;

/** The lifecycle view of a row. */
export function toAlarm(r: AlarmRow): Alarm {
  return {
    id: r.id,
    sensorId: r.sensorId,
    status: r.status as AlarmStatus,
    raisedAt: r.raisedAt.toISOString(),
    clearedAt: r.clearedAt?.toISOString() ?? null,
    disposition: r.disposition as Disposition | null,
    escalation: r.escalation as EscalationTier | null,
  };
}

/** Inserts raised alarms. */
export async function insertAlarms(db: Executor, rows: readonly AlarmRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(alarms).values([...rows]);
}

/**
 * Marks an alarm cleared (reading back in range); a disposed alarm closes with it. Returns
 * the disposition when it closed now, null when it stays open.
 */
export async function clearAlarm(
  db: Executor,
  id: string,
  at: Date,
  peak: number,
): Promise<{ closed: boolean; disposition: Disposition | null; version: number } | undefined> {
  const [row] = await db
    .update(alarms)
    .set({
      clearedAt: at,
      peak,
      status: sql`case when ${alarms.status} = 'disposed' then 'closed' else ${alarms.status} end`,
      closedAt: sql`case when ${alarms.status} = 'disposed' then ${at.toISOString()}::timestamptz else null end`,
      version: sql`${alarms.version} + case when ${alarms.status} = 'disposed' then 2 else 1 end`,
    })
    .where(eq(alarms.id, id))
    .returning({ status: alarms.status, disposition: alarms.disposition, version: alarms.version });
  if (row === undefined) return undefined;
  return {
    closed: row.status === 'closed',
    disposition: row.disposition as Disposition | null,
    version: row.version,
  };
}

/** One alarm, locked for update when `lock`. */
export async function loadAlarm(
  db: Executor,
  id: string,
  lock = false,
): Promise<AlarmRow | undefined> {
  const q = db.select().from(alarms).where(eq(alarms.id, id));
  const [row] = await (lock ? q.for('update') : q);
  return row;
}

/** Writes the lifecycle columns of an alarm. */
export async function updateAlarm(
  db: Executor,
  id: string,
  set: Partial<Omit<AlarmRow, 'id'>>,
): Promise<void> {
  await db.update(alarms).set(set).where(eq(alarms.id, id));
}

/**
 * Unacknowledged alarms due for their next escalation tier: not escalated and raised by
 * `principalBefore`, or escalated to the principal and raised by `countyBefore`. Oldest first,
 * skipping rows another replica holds (FOR UPDATE SKIP LOCKED).
 */
export async function escalationCandidates(
  db: Executor,
  principalBefore: Date,
  countyBefore: Date,
  limit: number,
): Promise<AlarmRow[]> {
  return db
    .select()
    .from(alarms)
    .where(
      and(
        eq(alarms.status, 'raised'),
        or(
          and(isNull(alarms.escalation), lte(alarms.raisedAt, principalBefore)),
          and(eq(alarms.escalation, 'enterprise-principal'), lte(alarms.raisedAt, countyBefore)),
        ),
      ),
    )
    .orderBy(asc(alarms.raisedAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Filters of the alarm list. */
export interface AlarmFilter {
  readonly uscc?: string;
  /** Region codes any of which must cover the alarm's region. */
  readonly regions?: readonly string[];
  readonly levels?: readonly string[];
  readonly status?: string;
  readonly sensorId?: string;
  readonly installationId?: string;
  readonly active?: boolean;
  readonly after?: string;
  readonly limit: number;
}

/** Alarms matching the filter, by id (UUIDv7: time order). */
export async function listAlarms(db: Executor, f: AlarmFilter): Promise<AlarmRow[]> {
  const where: (SQL | undefined)[] = [
    f.uscc === undefined ? undefined : eq(alarms.uscc, f.uscc),
    f.regions === undefined ? undefined : inRegions(alarms.region, f.regions),
    f.levels === undefined ? undefined : inArray(alarms.level, [...f.levels]),
    f.status === undefined ? undefined : eq(alarms.status, f.status),
    f.sensorId === undefined ? undefined : eq(alarms.sensorId, f.sensorId),
    f.installationId === undefined ? undefined : eq(alarms.installationId, f.installationId),
    f.active === true ? sql`${alarms.clearedAt} is null` : undefined,
    f.after === undefined ? undefined : gt(alarms.id, f.after),
  ];
  return db
    .select()
    .from(alarms)
    .where(and(...where))
    .orderBy(asc(alarms.id))
    .limit(f.limit);
}
