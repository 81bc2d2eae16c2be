import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createConsumer,
  createRelay,
  listDeadLetters,
  PermanentError,
  replayDeadLetter,
  TransientError,
  type EventConsumer,
  type Relay,
} from '../src/index.js';
import { setupBus, type TestBus } from './support/bus.js';
import { noted, testCatalog } from './support/catalog.js';
import { countingHandler } from './support/effects.js';

let bus: TestBus;
let relay: Relay;
let consumer: EventConsumer;
let fixed = false;
const attempts = new Map<string, number>();
const count = countingHandler('dlq');

beforeAll(async () => {
  bus = await setupBus('dlq');
  relay = createRelay({ pool: bus.pool, nats: bus.nats, pollIntervalMs: 50 });
  relay.start();
  consumer = createConsumer({
    nats: bus.nats,
    db: bus.db,
    catalog: testCatalog,
    prefix: bus.prefix,
    name: 'dlq',
    filterSubjects: [`${bus.prefix}.hazards.>`],
    maxDeliver: 3,
    backoffMs: [1_000, 1_000],
    ackWaitMs: 5_000,
    handler: async (event, ctx) => {
      attempts.set(event.id, (attempts.get(event.id) ?? 0) + 1);
      const { note } = event.data as { note: string };
      if (note === 'poison' && !fixed) throw new TransientError('reference not there yet');
      if (note === 'forbidden') throw new PermanentError('contradicts the projection');
      await count(event, ctx);
    },
  });
  await consumer.start();
});

afterAll(async () => {
  await consumer.stop();
  await relay.stop();
  await bus.cleanup();
});

const effect = async (aggregate: string) =>
  (await bus.pool.query<{ n: number }>(`select n from effects where aggregate = $1`, [aggregate]))
    .rows[0]?.n ?? 0;
const letters = () => listDeadLetters({ jsm: bus.nats.jsm, prefix: bus.prefix });

describe('dead letters', () => {
  it('dead-letters a poison event after the configured attempts while others flow', async () => {
    const poison = noted('hz-poison', 1, 'poison');
    await bus.db.transaction((tx) => bus.outbox.add(tx, [noted('hz-ok-1', 1), poison]));
    await bus.db.transaction((tx) =>
      bus.outbox.add(tx, [noted('hz-ok-2', 1), noted('hz-ok-1', 2)]),
    );

    await waitFor(async () => (await effect('hz-ok-1')) === 2 && (await effect('hz-ok-2')) === 1);
    expect((await letters()).length).toBe(0); // the others went through while it retries

    const [letter] = await waitFor(
      async () => {
        const found = await letters();
        return found.length === 1 && found;
      },
      { timeout: 10_000 },
    );
    expect(attempts.get(poison.id)).toBe(3);
    expect(letter).toMatchObject({
      consumer: 'dlq',
      deliveries: 3,
      eventId: poison.id,
      originalSubject: `${bus.prefix}.hazards.hazard.noted.330502`,
    });
    expect(letter?.reason).toMatch(
      /gave up after 3 deliveries: TransientError: reference not there/,
    );
    expect(JSON.parse(letter?.body ?? '')).toEqual(poison);
    expect(letter?.headers).toMatchObject({
      'ce-type': poison.type,
      'content-type': 'application/cloudevents+json',
      'yiwang-dlq-msg-id': poison.id,
    });
    expect(await effect('hz-poison')).toBe(0);

    fixed = true;
    await replayDeadLetter({
      js: bus.nats.js,
      jsm: bus.nats.jsm,
      prefix: bus.prefix,
      seq: letter!.seq,
      keep: true,
    });
    await waitFor(async () => (await effect('hz-poison')) === 1, { timeout: 10_000 });
    // Replaying the same letter again is dropped by the stream (same replay Nats-Msg-Id)…
    await replayDeadLetter({
      js: bus.nats.js,
      jsm: bus.nats.jsm,
      prefix: bus.prefix,
      seq: letter!.seq,
    });
    expect(await letters()).toEqual([]);
    await new Promise((r) => setTimeout(r, 500));
    expect(await effect('hz-poison')).toBe(1);
    expect(attempts.get(poison.id)).toBe(4);
  });

  it('dead-letters schema-invalid messages and permanent errors on the first delivery', async () => {
    const subject = `${bus.prefix}.hazards.hazard.noted.330502`;
    await bus.nats.js.publish(subject, JSON.stringify({ hello: 'world' }));
    const forbidden = noted('hz-forbidden', 1, 'forbidden');
    await bus.db.transaction((tx) => bus.outbox.add(tx, forbidden));

    const found = await waitFor(
      async () => {
        const all = await letters();
        return all.length === 2 && all;
      },
      { timeout: 10_000 },
    );
    const invalid = found.find((l) => l.eventId === undefined);
    const permanent = found.find((l) => l.eventId === forbidden.id);
    expect(invalid).toMatchObject({ deliveries: 1, body: '{"hello":"world"}' });
    expect(invalid?.reason).toMatch(/EventRejectedError/);
    expect(permanent).toMatchObject({ deliveries: 1 });
    expect(permanent?.reason).toBe('PermanentError: contradicts the projection');
    expect(attempts.get(forbidden.id)).toBe(1);

    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const args = ['dlq', 'list', '--nats-url', bus.natsUrl, '--prefix', bus.prefix];
    const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args]);
    const listed = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { seq: number });
    expect(listed.map((l) => l.seq)).toEqual(found.map((l) => l.seq));
  });
});
