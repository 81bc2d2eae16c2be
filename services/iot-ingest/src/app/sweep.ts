// The sweeper: escalates unacknowledged alarms (10 / 30 min defaults), marks silent sensors
// offline (5 expected intervals), keeps the daily reading partitions (ahead, and dropped past
// retention) and refreshes the sensor cache. The injected clock drives all of it, so tests
// move time instead of waiting.
import { sql } from 'drizzle-orm';
import { escalationCandidates, toAlarm } from '../db/alarms.js';
import { maintainPartitions } from '../db/readings.js';
import { saveStates } from '../db/states.js';
import type { Deps } from '../deps.js';
import { escalationDue } from '../domain/alarm.js';
import { watchSensor } from '../domain/watch-sensor.js';
import { engineContractEvent } from '../events/contract-events.js';
import { executeAlarmCommand } from './execute-alarm-command.js';

const DAY = 86_400_000;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Escalates what is due; returns how many alarms were escalated. */
export async function escalateAlarms(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const { escalatePrincipalMs, escalateCountyMs } = deps.rules;
  const principalBefore = new Date(now.getTime() - escalatePrincipalMs);
  const countyBefore = new Date(now.getTime() - escalateCountyMs);
  return deps.database.db.transaction(async (tx) => {
    let escalated = 0;
    // Row locks (SKIP LOCKED) let several replicas sweep without escalating twice.
    for (const row of await escalationCandidates(tx, principalBefore, countyBefore, 100)) {
      const tier = escalationDue(
        toAlarm(row),
        now.getTime(),
        escalatePrincipalMs,
        escalateCountyMs,
      );
      if (tier === undefined) continue;
      const command = { kind: 'escalate' as const, tier, at: now.toISOString() };
      await executeAlarmCommand(deps, row.id, command, undefined, tx);
      escalated++;
    }
    return escalated;
  });
}

/** Marks silent sensors offline; returns how many went offline. */
export async function detectOffline(deps: Deps): Promise<number> {
  const { engine } = deps;
  const now = deps.clock.now();
  let offline = 0;
  for (const sensor of [...engine.sensors()]) {
    const s = engine.state(sensor.id);
    if (s.offlineSince !== null) continue;
    await engine.exclusive(sensor.gatewayId, async () => {
      const current = engine.state(sensor.id);
      const { state, event } = watchSensor(
        sensor,
        current,
        engine.registeredAt(sensor.id),
        now.getTime(),
        deps.rules.offlineIntervals,
      );
      if (event === undefined) return;
      const next = { ...state, version: state.version + 1 };
      await deps.database.db.transaction(async (tx) => {
        await saveStates(tx, new Map([[sensor.id, next]]), now);
        await deps.bus.outbox.add(
          tx,
          engineContractEvent(event, sensor, deps.ids.uuid(), next.version),
        );
      });
      engine.setState(sensor.id, next);
      offline++;
    });
  }
  return offline;
}

/** Creates the partitions from retention to `IOT_PARTITION_AHEAD_DAYS` ahead, drops older. */
export async function maintainReadingPartitions(deps: Deps): Promise<void> {
  const now = deps.clock.now().getTime();
  const { retentionMs } = deps.rules;
  await deps.database.db.transaction(async (tx) => {
    // One replica at a time: concurrent CREATE TABLE … PARTITION OF would collide.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('iot-reading-partitions'))`);
    await maintainPartitions(
      tx,
      utcDate(now - retentionMs),
      utcDate(now + deps.config.IOT_PARTITION_AHEAD_DAYS * DAY),
      utcDate(now - retentionMs - DAY),
    );
  });
}

/** One sweep. */
export async function sweep(deps: Deps): Promise<void> {
  await deps.engine.refresh();
  await escalateAlarms(deps);
  await detectOffline(deps);
  await maintainReadingPartitions(deps);
}

/** A timer running {@link sweep}. */
export interface Sweeper {
  start(): void;
  stop(): Promise<void>;
}

/** Makes the sweeper loop of this process. */
export function makeSweeper(deps: Deps): Sweeper {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(() => sweep(deps))
      .catch((error: unknown) =>
        deps.logger.warn({ err: error }, 'sweep failed; retried at the next tick'),
      );
  };
  return {
    start() {
      timer = setInterval(tick, deps.config.IOT_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
