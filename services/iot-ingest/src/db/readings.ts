// Raw readings: one INSERT … SELECT FROM unnest(…) per batch (never one statement per
// reading), four array parameters whatever the batch size, repeats of (sensor, ts) skipped
// by the primary key. Arrays are sent as PostgreSQL array literals built here: the values are
// numbers only, so no quoting is needed and pg's generic array encoder is skipped.
import { sql } from 'drizzle-orm';
import type { SensorState } from '../domain/sensor-state.js';
import type { Executor } from './types.js';

/** Column arrays of the readings to store (same length). */
export interface ReadingColumns {
  readonly sensor: number[];
  /** Epoch milliseconds. */
  readonly ts: number[];
  readonly value: number[];
  readonly seq: (number | null)[];
}

const literal = (values: readonly (number | null)[]) =>
  `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;

/** One batch to store: its reading columns and the engine states it produced. */
export interface BatchWrite {
  readonly columns: ReadingColumns;
  readonly states: ReadonlyMap<string, SensorState>;
}

/**
 * Stores several batches (of disjoint sensors) and their engine states in ONE statement
 * (data-modifying CTEs run atomically as one implicit transaction: one round trip, no
 * BEGIN/COMMIT). Returns, per batch, how many readings were new (the rest repeated a stored
 * one); new rows are counted per sensor and a sensor belongs to one batch.
 */
export async function storeBatches(
  db: Executor,
  writes: readonly BatchWrite[],
  at: Date,
): Promise<number[]> {
  const c: ReadingColumns = { sensor: [], ts: [], value: [], seq: [] };
  const owner = new Map<number, number>();
  const states: Record<string, SensorState> = {};
  writes.forEach((w, i) => {
    for (const n of w.columns.sensor) owner.set(n, i);
    c.sensor.push(...w.columns.sensor);
    c.ts.push(...w.columns.ts);
    c.value.push(...w.columns.value);
    c.seq.push(...w.columns.seq);
    for (const [id, state] of w.states) states[id] = state;
  });
  const result = await db.execute<{ sensor: number; n: number }>(sql`
    with new_readings as (
      insert into readings (sensor, ts, value, seq)
      select s, to_timestamp(t / 1000.0), v, q
      from unnest(${literal(c.sensor)}::int4[], ${literal(c.ts)}::float8[],
                  ${literal(c.value)}::float8[], ${literal(c.seq)}::int8[]) as u(s, t, v, q)
      on conflict do nothing
      returning sensor
    ), new_states as (
      insert into sensor_states (sensor_id, state, updated_at)
      select key, value, ${at.toISOString()}::timestamptz
      from jsonb_each(${JSON.stringify(states)}::jsonb)
      on conflict (sensor_id) do update set state = excluded.state, updated_at = excluded.updated_at
    )
    select sensor, count(*)::int as n from new_readings group by sensor`);
  const counts = writes.map(() => 0);
  for (const row of result.rows) {
    const i = owner.get(row.sensor);
    if (i !== undefined) counts[i] = (counts[i] ?? 0) + row.n;
  }
  return counts;
}

/** One bucket of a downsampled series. */
export interface Bucket {
  readonly at: string;
  readonly min: number;
  readonly max: number;
  readonly avg: number;
  readonly count: number;
}

/** Min/max/avg per `stepSeconds` bucket in [from, to), buckets aligned on `from`. */
export async function downsample(
  db: Executor,
  sensor: number,
  from: Date,
  to: Date,
  stepSeconds: number,
): Promise<Bucket[]> {
  const result = await db.execute<{
    at: Date | string;
    min: number;
    max: number;
    avg: number;
    count: string;
  }>(sql`
    select date_bin(make_interval(secs => ${stepSeconds}), ts, ${from.toISOString()}::timestamptz) as at,
           min(value) as min, max(value) as max, avg(value) as avg, count(*) as count
    from readings
    where sensor = ${sensor} and ts >= ${from.toISOString()}::timestamptz
      and ts < ${to.toISOString()}::timestamptz
    group by 1 order by 1`);
  return result.rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    min: r.min,
    max: r.max,
    avg: r.avg,
    count: Number(r.count),
  }));
}

/** Creates the daily partitions of [first, last] and drops those before `cutoff` (UTC dates). */
export async function maintainPartitions(
  db: Executor,
  first: string,
  last: string,
  cutoff: string,
): Promise<void> {
  await db.execute(sql`select iot_ensure_reading_partitions(${first}::date, ${last}::date)`);
  await db.execute(sql`select iot_drop_reading_partitions(${cutoff}::date)`);
}
