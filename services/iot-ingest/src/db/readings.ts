// Raw readings: one INSERT … SELECT FROM unnest(…) per batch (never one statement per
// reading), four array parameters whatever the batch size, repeats of (sensor, ts) skipped
// by the primary key. Arrays are sent as PostgreSQL array literals built here: the values are
// numbers only, so no quoting is needed and pg's generic array encoder is skipped.
import { sql } from 'drizzle-orm';
import type { QueryConfig, QueryResult, QueryResultRow } from 'pg';
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

/** One batch to store: its reading columns and the engine states it produced. */
export interface BatchWrite {
  readonly columns: ReadingColumns;
  readonly states: ReadonlyMap<string, SensorState>;
}

// The statement's text never changes, so the group writer runs it as a NAMED prepared
// statement: PostgreSQL parses and plans it once per connection instead of per batch.
const STORE_NAME = 'iot_store_batches';
const STORE_TEXT = `
    with new_readings as (
      insert into readings (sensor, ts, value, seq)
      select s, to_timestamp(t / 1000.0), v, q
      from unnest($1::int4[], $2::float8[], $3::float8[], $4::int8[]) as u(s, t, v, q)
      on conflict do nothing
      returning sensor
    ), new_states as (
      insert into sensor_states (sensor_id, state, updated_at)
      select key, value, $6::timestamptz
      from jsonb_each($5::jsonb)
      on conflict (sensor_id) do update set state = excluded.state, updated_at = excluded.updated_at
    )
    select sensor, count(*)::int as n from new_readings group by sensor`;

// The same statement committing asynchronously (IOT_READINGS_ASYNC_COMMIT): `set_config(…,
// true)` lasts until the end of the statement's implicit transaction, i.e. through its commit.
const ASYNC_NAME = 'iot_store_batches_async';
const ASYNC_TEXT = STORE_TEXT.replace(
  'from new_readings group by sensor',
  `from new_readings, (select set_config('synchronous_commit', 'off', true)) as async
    group by sensor`,
);

// The same text for Drizzle: literal parts at even, parameter numbers at odd positions.
const STORE_PARTS = STORE_TEXT.split(/\$(\d)/);

/** A bare pg pool or client (what the group writer uses, outside any transaction). */
export interface PgQueryable {
  query<R extends QueryResultRow>(config: QueryConfig): Promise<QueryResult<R>>;
}

/**
 * Stores several batches (of disjoint sensors) and their engine states in ONE statement
 * (data-modifying CTEs run atomically as one implicit transaction: one round trip, no
 * BEGIN/COMMIT). Returns, per batch, how many readings were new (the rest repeated a stored
 * one); new rows are counted per sensor and a sensor belongs to one batch. On a bare pool the
 * statement is a named prepared one, committed asynchronously when `asyncCommit`; in a
 * transaction (`Executor`) it runs through Drizzle and commits with the transaction.
 */
export async function storeBatches(
  db: Executor | PgQueryable,
  writes: readonly BatchWrite[],
  at: Date,
  asyncCommit = false,
): Promise<number[]> {
  const owner = new Map<number, number>();
  const states: Record<string, SensorState> = {};
  let sensors = '';
  let ts = '';
  let value = '';
  let seq = '';
  // Array literals appended column by column: no intermediate arrays per batch.
  writes.forEach((w, i) => {
    const c = w.columns;
    for (let k = 0; k < c.sensor.length; k++) {
      const sep = sensors === '' ? '' : ',';
      const n = c.sensor[k] as number;
      const q = c.seq[k];
      owner.set(n, i);
      sensors += sep + String(n);
      ts += sep + String(c.ts[k]);
      value += sep + String(c.value[k]);
      seq += sep + (q === null || q === undefined ? 'NULL' : String(q));
    }
    for (const [id, state] of w.states) states[id] = state;
  });
  const values = [
    `{${sensors}}`,
    `{${ts}}`,
    `{${value}}`,
    `{${seq}}`,
    JSON.stringify(states),
    at.toISOString(),
  ];
  const rows =
    'execute' in db
      ? (
          await db.execute<{ sensor: number; n: number }>(
            sql.join(
              STORE_PARTS.map((part, i) =>
                i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1]}`,
              ),
            ),
          )
        ).rows
      : (
          await db.query<{ sensor: number; n: number }>({
            name: asyncCommit ? ASYNC_NAME : STORE_NAME,
            text: asyncCommit ? ASYNC_TEXT : STORE_TEXT,
            values,
          })
        ).rows;
  const counts = writes.map(() => 0);
  for (const row of rows) {
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
