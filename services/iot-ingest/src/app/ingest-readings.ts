// POST /v1/readings, the hot path: screen the batch item by item, evaluate it per sensor in
// memory (engine state), then store the readings and the engine states in one statement
// (group-committed with concurrent batches, app/batch-writer.ts), or, when the engine raised or
// cleared something, in a transaction with the alarm rows and their events (outbox). Memory is updated after the commit, under the gateway's lock.
import type { CloudEvent } from '@yiwang/contracts';
import { storeBatches, type ReadingColumns } from '../db/readings.js';
import type { Deps } from '../deps.js';
import { evaluateReadings } from '../domain/evaluate-readings.js';
import {
  screenReadings,
  type ItemRejection,
  type PostedReading,
} from '../domain/screen-readings.js';
import type { Sensor } from '../domain/sensor.js';
import type { EngineEvent, SensorState } from '../domain/sensor-state.js';
import { applyAlarmChanges } from './apply-alarm-changes.js';

/** What the gateway is told. */
export interface IngestResult {
  /** Items that passed screening. */
  readonly accepted: number;
  /** Readings newly stored. */
  readonly stored: number;
  /** Accepted items that repeated a stored reading (same sensor and ts, or an old seq). */
  readonly duplicates: number;
  readonly rejected: ItemRejection[];
}

/** Ingests one batch of `gatewayId`; `undefined` items are unreadable NDJSON lines. */
export async function ingestReadings(
  deps: Deps,
  gatewayId: string,
  items: readonly (PostedReading | undefined)[],
): Promise<IngestResult> {
  const { engine, rules } = deps;
  const unknown = new Set<string>();
  for (const item of items) {
    if (item !== undefined && engine.sensor(item.sensorId) === undefined)
      unknown.add(item.sensorId);
  }
  if (unknown.size > 0) await engine.ensureSensors(unknown);
  const screened = screenReadings(items, {
    gatewayId,
    sensor: (id) => engine.sensor(id),
    now: deps.clock.now().getTime(),
    futureSkewMs: rules.futureSkewMs,
    retentionMs: rules.retentionMs,
  });
  const stored = await engine.exclusive(gatewayId, () => evaluateAndStore(deps, screened.bySensor));
  return {
    accepted: screened.accepted,
    stored,
    duplicates: screened.accepted - stored,
    rejected: screened.rejected,
  };
}

async function evaluateAndStore(
  deps: Deps,
  bySensor: ReadonlyMap<
    Sensor,
    readonly { index: number; ts: number; value: number; seq: number | null }[]
  >,
): Promise<number> {
  const { engine, ids } = deps;
  const columns: ReadingColumns = { sensor: [], ts: [], value: [], seq: [] };
  const states = new Map<string, SensorState>();
  const changes: { sensor: Sensor; events: readonly EngineEvent[] }[] = [];
  const newAlarmId = () => ids.id('al');
  for (const [sensor, readings] of bySensor) {
    const result = evaluateReadings(
      sensor,
      engine.state(sensor.id),
      readings,
      deps.rules.maxSeqGap,
      newAlarmId,
    );
    const repeated = result.repeated.length === 0 ? undefined : new Set(result.repeated);
    for (const r of readings) {
      if (repeated?.has(r.index) === true) continue;
      columns.sensor.push(sensor.num);
      columns.ts.push(r.ts);
      columns.value.push(r.value);
      columns.seq.push(r.seq);
    }
    let state = result.state;
    if (result.events.length > 0) {
      changes.push({ sensor, events: result.events });
      const sensorEvents = result.events.filter((e) => e.type.startsWith('sensor.')).length;
      state = { ...state, version: state.version + sensorEvents };
    }
    states.set(sensor.id, state);
  }
  const now = deps.clock.now();
  const db = deps.database.db;
  // The common batch changes no alarm: one statement, atomic on its own. Alarm changes add
  // their rows and events (outbox) in a transaction with it.
  const stored =
    changes.length === 0
      ? await deps.writeBatch({ columns, states })
      : await db.transaction(async (tx) => {
          const [count = 0] = await storeBatches(tx, [{ columns, states }], now);
          const events: CloudEvent[] = [];
          for (const { sensor, events: list } of changes) {
            const firstVersion = engine.state(sensor.id).version;
            events.push(...(await applyAlarmChanges(deps, tx, sensor, list, firstVersion)));
          }
          await deps.bus.outbox.add(tx, events);
          return count;
        });
  for (const [id, state] of states) engine.setState(id, state);
  return stored;
}
