import { StorageType } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { testInfra, uniquePrefix } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  busNames,
  connectNats,
  provisionStreams,
  StreamProvisionError,
  type BusConnection,
} from '../src/index.js';

let nats: BusConnection;
const prefix = uniquePrefix('streams');
const names = busNames(prefix);

beforeAll(async () => {
  nats = await connectNats({ servers: (await testInfra()).natsUrl, name: 'test-streams' });
});

afterAll(async () => {
  for (const s of [...names.contexts.map((c) => names.stream(c)), names.dlqStream]) {
    await nats.jsm.streams.delete(s).catch(() => undefined);
  }
  await nats.close();
});

describe('provisionStreams', () => {
  it('creates a file stream per context and the dead-letter stream', async () => {
    const done = await provisionStreams(nats.jsm, { prefix, duplicateWindowMs: 60_000 });
    expect(done.map((d) => d.action)).toEqual(Array(8).fill('created'));
    const hazards = await nats.jsm.streams.info(names.stream('hazards'));
    expect(hazards.config).toMatchObject({
      subjects: [`${prefix}.hazards.>`],
      storage: StorageType.File,
      num_replicas: 1,
      duplicate_window: nanos(60_000),
    });
    const dlq = await nats.jsm.streams.info(names.dlqStream);
    expect(dlq.config.subjects).toEqual([`${prefix}_dlq.>`]);
  });

  it('is idempotent, and updates a stream whose config changed', async () => {
    const again = await provisionStreams(nats.jsm, { prefix, duplicateWindowMs: 60_000 });
    expect(again.every((d) => d.action === 'unchanged')).toBe(true);
    const changed = await provisionStreams(nats.jsm, { prefix, duplicateWindowMs: 90_000 });
    expect(changed.every((d) => d.action === 'updated')).toBe(true);
    const iot = await nats.jsm.streams.info(names.stream('iot'));
    expect(iot.config.duplicate_window).toBe(nanos(90_000));
  });

  it('routes events and dead letters to their own streams', async () => {
    const event = await nats.js.publish(`${prefix}.iot.alarm.raised.330502`, '{}');
    const dead = await nats.js.publish(names.dlqSubject('c1', `${prefix}.iot.alarm.raised.330502`));
    expect(event.stream).toBe(names.stream('iot'));
    expect(dead.stream).toBe(names.dlqStream);
  });

  it('wraps a refusal from the server in a named error', async () => {
    // Replicas beyond the cluster size are refused by a single node.
    await expect(
      provisionStreams(nats.jsm, { prefix: uniquePrefix('streams_r'), replicas: 3 }),
    ).rejects.toBeInstanceOf(StreamProvisionError);
  });
});
