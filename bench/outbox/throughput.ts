// Throughput: raw nats.js async publish of N events (the baseline) against the relay draining
// the same number of committed outbox rows, on the same server in the same run.
import { busNames, createOutbox, createRelay, type BusConnection } from '@yiwang/bus';
import { eventSubject } from '@yiwang/contracts';
import { waitFor } from '@yiwang/testing';
import type { BenchEnv } from './setup.js';
import { benchEvent, catalog } from './events.js';

const WINDOW = 5_000;

/** Publishes N events straight to JetStream, WINDOW in flight; returns events/s. */
export async function rawPublish(env: BenchEnv, n: number): Promise<number> {
  const payloads = Array.from({ length: n }, (_, i) => benchEvent(i));
  const started = performance.now();
  const inFlight = new Set<Promise<unknown>>();
  for (const event of payloads) {
    const ack = env.nats.js.publish(eventSubject(event, env.rawPrefix), JSON.stringify(event), {
      msgID: event.id,
    });
    inFlight.add(ack);
    void ack.finally(() => inFlight.delete(ack));
    if (inFlight.size >= WINDOW) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return n / ((performance.now() - started) / 1000);
}

/** Commits N events to the outbox (relay stopped), then times the relay draining them. */
export async function relayDrain(env: BenchEnv, n: number): Promise<number> {
  const outbox = createOutbox({ catalog, prefix: env.relayPrefix });
  for (let from = 0; from < n; from += 1_000) {
    const batch = Array.from({ length: Math.min(1_000, n - from) }, (_, i) => benchEvent(from + i));
    await env.db.transaction((tx) => outbox.add(tx, batch));
  }
  const relay = createRelay({ pool: env.pool, nats: env.nats, batchSize: 1_000 });
  const started = performance.now();
  relay.start();
  await waitFor(async () => (await storedMessages(env.nats, env.relayPrefix)) >= n, {
    timeout: 300_000,
    interval: 20,
    message: `relay to publish ${n} events`,
  });
  const rate = n / ((performance.now() - started) / 1000);
  await relay.stop();
  return rate;
}

async function storedMessages(nats: BusConnection, prefix: string): Promise<number> {
  const info = await nats.jsm.streams.info(busNames(prefix).stream('hazards'));
  return info.state.messages;
}
