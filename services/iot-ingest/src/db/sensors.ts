// Sensors: row ↔ domain mapping and queries.
import { inRegions } from '@yiwang/service-kit';
import { and, asc, eq, getTableColumns, gt, inArray, sql } from 'drizzle-orm';
import type { Sensor, SensorKind, Unit } from '../domain/sensor.js';
import { INITIAL_STATE, type SensorState, type SensorStatus } from '../domain/sensor-state.js';
import { sensors, sensorStates } from './tables.js';
import type { Executor } from './types.js';

/** One sensor row. */
export type SensorRow = typeof sensors.$inferSelect;
/** A sensor row to write (`num` is assigned by the database). */
export type NewSensorRow = Omit<typeof sensors.$inferInsert, 'num'>;

/** The domain sensor of a row. */
export function toSensor(r: SensorRow): Sensor {
  return {
    id: r.id,
    num: r.num,
    gatewayId: r.gatewayId,
    uscc: r.uscc,
    region: r.region,
    installationId: r.installationId,
    kind: r.kind as SensorKind,
    unit: r.unit as Unit,
    limits: { lowLow: r.lowLow, low: r.low, high: r.high, highHigh: r.highHigh },
    hysteresis: r.hysteresis,
    minDurationMs: r.minDurationMs,
    intervalMs: r.intervalMs,
    rangeMin: r.rangeMin,
    rangeMax: r.rangeMax,
    stuckMs: r.stuckMs,
  };
}

/** Inserts or replaces a sensor; returns the stored row and whether it was new. */
export async function upsertSensor(
  db: Executor,
  row: NewSensorRow,
): Promise<{ row: SensorRow; created: boolean }> {
  const { id: _id, createdAt: _c, ...changes } = row;
  const [stored] = await db
    .insert(sensors)
    .values(row)
    .onConflictDoUpdate({ target: sensors.id, set: changes })
    // xmax = 0 only on a freshly inserted row version (PostgreSQL MVCC).
    .returning({ ...getTableColumns(sensors), created: sql<boolean>`(xmax = 0)` });
  if (stored === undefined) throw new Error(`sensor ${row.id} was not stored`);
  const { created, ...rest } = stored;
  return { row: rest, created };
}

/** Sensors by id (cache misses of the ingest path). */
export async function sensorsById(db: Executor, ids: readonly string[]): Promise<SensorRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(sensors)
    .where(inArray(sensors.id, [...ids]));
}

/** Every sensor, or those changed after `after` (cache refresh). */
export async function sensorsChangedAfter(db: Executor, after?: Date): Promise<SensorRow[]> {
  const q = db.select().from(sensors);
  return after === undefined ? q : q.where(gt(sensors.updatedAt, after));
}

/** The sensors of an installation. */
export async function sensorsOfInstallation(
  db: Executor,
  installationId: string,
): Promise<SensorRow[]> {
  return db
    .select()
    .from(sensors)
    .where(eq(sensors.installationId, installationId))
    .orderBy(sensors.id);
}

/** Filters of the sensor list. */
export interface SensorFilter {
  readonly uscc?: string;
  /** Region codes any of which must cover the sensor's region. */
  readonly regions?: readonly string[];
  readonly status?: SensorStatus;
  /** The last sensor id of the previous page. */
  readonly after?: string;
  readonly limit: number;
}

// statusOf (domain/sensor-state.ts) over the persisted state; a sensor without a state row
// has never reported. `->>` of a JSON null is SQL NULL. The list test checks that every listed
// sensor shows the status it was filtered by.
const state = sensorStates.state;
const status = sql<SensorStatus>`case
    when ${state} ->> 'offlineSince' is not null then 'offline'
    when ${state} ->> 'fault' is not null then 'fault'
    when ${state} ->> 'alarm' is not null then
      case when ${state} #>> '{alarm,band}' in ('high-high', 'low-low') then 'alarm-l2'
      else 'alarm-l1' end
    when ${state} ->> 'lastTs' is not null then 'normal'
    else 'no-data' end`;

/** Sensors matching the filter with their persisted engine state, by id. */
export async function listSensors(
  db: Executor,
  f: SensorFilter,
): Promise<{ row: SensorRow; state: SensorState }[]> {
  const rows = await db
    .select({ row: sensors, state })
    .from(sensors)
    .leftJoin(sensorStates, eq(sensorStates.sensorId, sensors.id))
    .where(
      and(
        f.uscc === undefined ? undefined : eq(sensors.uscc, f.uscc),
        f.regions === undefined ? undefined : inRegions(sensors.region, f.regions),
        f.status === undefined ? undefined : eq(status, f.status),
        f.after === undefined ? undefined : gt(sensors.id, f.after),
      ),
    )
    .orderBy(asc(sensors.id))
    .limit(f.limit);
  return rows.map((r) => ({
    row: r.row,
    state: (r.state as SensorState | null) ?? INITIAL_STATE,
  }));
}
