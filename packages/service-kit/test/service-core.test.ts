// connectServiceCore: one call gives a service its migrated database, a bus under its own
// prefix, a clock (the test's, else the config's) and ids, and closes them in order.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { busNames, connectNats } from '@yiwang/bus';
import { createEvent, exampleData, exchange, isUuidV7 } from '@yiwang/contracts';
import {
  createTestDatabase,
  testInfra,
  uniquePrefix,
  waitFor,
  type TestDatabase,
} from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BaseServiceConfig,
  connectServiceCore,
  createLogger,
  loadConfig,
  startTelemetry,
  type Clock,
  type ServiceContext,
} from '../src/index.js';

const DAY_MS = 86_400_000;
/** The bus's own migrations: enough for the outbox the relay reads. */
const busMigrations = new URL('../../bus/drizzle', import.meta.url);
const logger = createLogger({ name: 'core-test', level: 'silent' });
const telemetry = startTelemetry({ serviceName: 'core-test' });
const prefix = uniquePrefix('core');
const clockFilePrefix = uniquePrefix('core');
const databases: TestDatabase[] = [];
let clockDir: string;

/** A service context whose shutdown hooks are kept by name (first to run first). */
async function contextFor(env: Record<string, string>) {
  const { natsUrl } = await testInfra();
  const database = await createTestDatabase('core');
  databases.push(database);
  const config = loadConfig(BaseServiceConfig, {
    DATABASE_URL: database.url,
    NATS_URL: natsUrl,
    JWT_HS256_SECRET: 'x'.repeat(40),
    ...env,
  });
  const closers: { name: string; close: () => Promise<void> }[] = [];
  const context: ServiceContext<BaseServiceConfig> = {
    config,
    logger,
    telemetry,
    onShutdown: (name, close) => void closers.unshift({ name, close }),
  };
  return { context, closers };
}

beforeAll(async () => {
  clockDir = await mkdtemp(join(tmpdir(), 'kit-core-'));
});

afterAll(async () => {
  const { natsUrl } = await testInfra();
  const nats = await connectNats({ servers: natsUrl, name: 'core-test-cleanup' });
  for (const names of [busNames(prefix), busNames(clockFilePrefix)]) {
    for (const stream of [...names.contexts.map((c) => names.stream(c)), names.dlqStream]) {
      await nats.jsm.streams.delete(stream).catch(() => undefined);
    }
  }
  await nats.close();
  for (const database of databases) await database.drop();
  await telemetry.shutdown();
  await rm(clockDir, { recursive: true, force: true });
});

describe('connectServiceCore', () => {
  it('opens the migrated database and a bus under the prefix, with the given clock and ids', async () => {
    const { context, closers } = await contextFor({});
    const clock: Clock = { now: () => new Date('2026-03-02T02:00:00Z') };
    const core = await connectServiceCore(context, {
      name: 'core-test',
      schema: {},
      migrationsFolder: busMigrations,
      busPrefix: prefix,
      clock,
    });

    expect(core.config).toBe(context.config);
    expect(core.logger).toBe(logger);
    expect(core.clock).toBe(clock);
    const { rows } = await core.database.pool.query<{ name: string }>(
      'select application_name as name from pg_stat_activity where pid = pg_backend_pid()',
    );
    expect(rows).toEqual([{ name: 'core-test' }]);

    const event = createEvent(exchange.departmentRegistered, {
      id: core.ids.uuid(),
      time: core.clock.now().toISOString(),
      subject: 'dept-1',
      region: '330500',
      sequence: 1,
      data: exampleData(exchange.departmentRegistered),
    });
    await core.database.db.transaction((tx) => core.bus.outbox.add(tx, event));
    const stream = busNames(prefix).stream('exchange');
    await waitFor(async () => (await core.bus.nats.jsm.streams.info(stream)).state.messages === 1, {
      timeout: 15_000,
      message: `the relay to publish into ${stream}`,
    });

    expect(isUuidV7(core.ids.uuid())).toBe(true);
    const hazardId = core.ids.id('hz');
    expect(hazardId).toMatch(/^hz-/);
    expect(isUuidV7(hazardId.slice('hz-'.length))).toBe(true);
    expect(core.ids.id('hz')).not.toBe(hazardId);

    expect(closers.map((c) => c.name)).toEqual(['outbox relay', 'nats', 'database']);
    for (const closer of closers) await closer.close();
    expect(core.bus.nats.status()).toBe('closed');
    expect(core.database.pool.ended).toBe(true);
  });

  it('reads the config clock (CLOCK_FILE) when no clock is given', async () => {
    const clockFile = join(clockDir, 'clock.json');
    await writeFile(clockFile, JSON.stringify({ offsetMs: 5 * DAY_MS }));
    const { context, closers } = await contextFor({ CLOCK_FILE: clockFile });
    const core = await connectServiceCore(context, {
      name: 'core-test',
      schema: {},
      migrationsFolder: busMigrations,
      busPrefix: clockFilePrefix,
    });
    try {
      const offsetMs = core.clock.now().getTime() - Date.now();
      expect(Math.round(offsetMs / DAY_MS)).toBe(5);
    } finally {
      for (const closer of closers) await closer.close();
    }
  });
});
