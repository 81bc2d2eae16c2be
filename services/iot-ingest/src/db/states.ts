// Persisted engine states: one upsert statement per batch for every sensor the batch touched.
import { sql } from 'drizzle-orm';
import type { SensorState } from '../domain/sensor-state.js';
import { sensorStates } from './tables.js';
import type { Executor } from './types.js';

/** Writes the states (sensor id → state) in one statement. */
export async function saveStates(
  db: Executor,
  states: ReadonlyMap<string, SensorState>,
  at: Date,
): Promise<void> {
  if (states.size === 0) return;
  await db.execute(sql`
    insert into sensor_states (sensor_id, state, updated_at)
    select key, value, ${at.toISOString()}::timestamptz
    from jsonb_each(${JSON.stringify(Object.fromEntries(states))}::jsonb)
    on conflict (sensor_id) do update set state = excluded.state, updated_at = excluded.updated_at`);
}

/** Every persisted state (start-up). */
export async function loadStates(db: Executor): Promise<Map<string, SensorState>> {
  const rows = await db.select().from(sensorStates);
  return new Map(rows.map((r) => [r.sensorId, r.state as unknown as SensorState]));
}
