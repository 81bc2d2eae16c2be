// The alarm engine's in-process memory: the sensor catalogue and every sensor's state, loaded
// from the database at start, plus a lock per gateway. Ingest evaluates a batch against this
// memory and writes the changed states in the batch's transaction; memory is updated only
// after the commit, under the gateway's lock, so memory and database never disagree.
// One process should own a gateway's traffic (sticky routing) when several replicas run.
import type { Sensor } from '../domain/sensor.js';
import { INITIAL_STATE, type SensorState } from '../domain/sensor-state.js';
import { sensorsById, sensorsChangedAfter, toSensor, type SensorRow } from '../db/sensors.js';
import { loadStates } from '../db/states.js';
import type { Executor } from '../db/types.js';

/** The engine's memory. */
export interface Engine {
  /** A cached sensor, or undefined. */
  sensor(id: string): Sensor | undefined;
  /** Loads the sensors among `ids` that are not cached (e.g. registered by another replica). */
  ensureSensors(ids: Iterable<string>): Promise<void>;
  /** Caches a sensor just written. */
  putSensor(row: SensorRow): void;
  /** When a sensor was registered (epoch ms), for offline detection of a silent sensor. */
  registeredAt(id: string): number;
  /** Every cached sensor. */
  sensors(): Iterable<Sensor>;
  state(id: string): SensorState;
  setState(id: string, s: SensorState): void;
  /** Runs `work` alone for `key` (a gateway id) in this process. */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Reloads sensors changed since the last refresh (the sweeper calls it). */
  refresh(): Promise<void>;
}

/** Loads sensors and states; the engine is ready when this resolves. */
export async function loadEngine(db: Executor): Promise<Engine> {
  const cache = new Map<string, Sensor>();
  const registered = new Map<string, number>();
  const states = await loadStates(db);
  const locks = new Map<string, Promise<unknown>>();
  let seen: Date | undefined;
  const put = (row: SensorRow) => {
    cache.set(row.id, toSensor(row));
    registered.set(row.id, row.createdAt.getTime());
    if (seen === undefined || row.updatedAt > seen) seen = row.updatedAt;
  };
  for (const row of await sensorsChangedAfter(db)) put(row);
  return {
    sensor: (id) => cache.get(id),
    async ensureSensors(ids) {
      const missing = [...new Set(ids)].filter((id) => !cache.has(id));
      for (const row of await sensorsById(db, missing)) put(row);
    },
    putSensor: put,
    registeredAt: (id) => registered.get(id) ?? 0,
    sensors: () => cache.values(),
    state: (id) => states.get(id) ?? INITIAL_STATE,
    setState: (id, s) => void states.set(id, s),
    async exclusive(key, work) {
      const before = locks.get(key) ?? Promise.resolve();
      const run = before.then(work, work);
      const tail = run.catch(() => undefined);
      locks.set(key, tail);
      try {
        return await run;
      } finally {
        if (locks.get(key) === tail) locks.delete(key);
      }
    },
    async refresh() {
      for (const row of await sensorsChangedAfter(db, seen)) put(row);
    },
  };
}
