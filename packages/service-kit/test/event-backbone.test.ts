// connectEventBackbone: a write through the outbox reaches a consumer started through the same
// backbone, exactly once, and shutdown drains consumers before the relay and NATS.
import { fileURLToPath } from 'node:url';
import { busNames, connectNats } from '@yiwang/bus';
import { catalog, createEvent, exchange, exampleData, newEventId } from '@yiwang/contracts';
import { createTestDatabase, testInfra, uniquePrefix, waitFor } from '@yiwang/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectDatabase,
  connectEventBackbone,
  createLogger,
  loadConfig,
  BaseServiceConfig,
  migrateDatabase,
  type Database,
  type EventBackbone,
} from '../src/index.js';

const busMigrations = fileURLToPath(new URL('../../bus/drizzle', import.meta.url));
const logger = createLogger({ name: 'backbone-test', level: 'silent' });
const closers: { name: string; close: () => Promise<void> }[] = [];
let database: Database;
let backbone: EventBackbone<Record<string, never>>;
let drop: () => Promise<void>;
const prefix = uniquePrefix('backbone');

beforeAll(async () => {
  const infra = await testInfra();
  const created = await createTestDatabase('backbone');
  drop = () => created.drop();
  const config = loadConfig(BaseServiceConfig, {
    DATABASE_URL: created.url,
    NATS_URL: infra.natsUrl,
    JWT_HS256_SECRET: 'x'.repeat(40),
  });
  database = await connectDatabase(created.url, { logger });
  await migrateDatabase(database.db, busMigrations);
  await database.pool.query('create table seen (event_id uuid primary key, n int not null)');
  backbone = await connectEventBackbone({
    name: 'backbone-test',
    config,
    logger,
    database,
    prefix,
    onShutdown: (name, close) => void closers.unshift({ name, close }),
  });
});

afterAll(async () => {
  const { natsUrl } = await testInfra();
  const nats = await connectNats({ servers: natsUrl, name: 'backbone-test-cleanup' });
  const names = busNames(prefix);
  for (const stream of [...names.contexts.map((c) => names.stream(c)), names.dlqStream]) {
    await nats.jsm.streams.delete(stream).catch(() => undefined);
  }
  await nats.close();
  await database.close();
  await drop();
});

const departmentEvent = () =>
  createEvent(exchange.departmentRegistered, {
    id: newEventId(),
    time: new Date().toISOString(),
    subject: 'dept-1',
    region: '330500',
    sequence: 1,
    data: exampleData(exchange.departmentRegistered),
  });

describe('connectEventBackbone', () => {
  it('delivers an outbox event to a consumer once and is ready', async () => {
    await backbone.consume({
      name: `${prefix}-counter`,
      filterSubjects: [`${prefix}.exchange.department.registered.*`],
      handler: async (event, { tx }) => {
        await tx.execute(
          sql`insert into seen (event_id, n) values (${event.id}, 1)
              on conflict (event_id) do update set n = seen.n + 1`,
        );
      },
    });
    const event = departmentEvent();
    await database.db.transaction((tx) => backbone.outbox.add(tx, event));
    await waitFor(async () => (await database.pool.query('select 1 from seen')).rowCount === 1, {
      timeout: 15_000,
      message: 'the consumer to apply the event',
    });
    const { rows } = await database.pool.query<{ n: number }>('select n from seen');
    expect(rows).toEqual([{ n: 1 }]);
    expect(backbone.catalog).toBe(catalog);
    await expect(backbone.readiness.check()).resolves.toBeUndefined();
  });

  it('registers shutdown so consumers stop first, then the relay, then NATS', async () => {
    expect(closers.map((c) => c.name)).toEqual([
      `consumer ${prefix}-counter`,
      'outbox relay',
      'nats',
    ]);
    for (const closer of closers) await closer.close();
    expect(backbone.nats.status()).toBe('closed');
  });
});
