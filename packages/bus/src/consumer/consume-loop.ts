import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { BusLogger } from '../logger.js';
import { backoffMs, sleep } from '../relay/wake.js';
import type { Lanes } from './lanes.js';

/** One pull loop: a durable consumer on one stream, feeding messages to `dispatch`. */
export interface ConsumeLoopOptions {
  js: JetStreamClient;
  stream: string;
  durable: string;
  /** Messages buffered client-side; small, as buffered messages age towards `ack_wait`. */
  bufferSize: number;
  lanes: Lanes;
  signal: AbortSignal;
  logger: BusLogger;
  /** (Re)creates the durable consumer; called again after it went missing. */
  provision(): Promise<void>;
  /** Takes a message with a lane slot reserved for it. */
  dispatch(msg: JsMsg): void;
}

const PULL_EXPIRES_MS = 5_000;

/**
 * Pulls with `consume()` until `signal` aborts. When the pull fails or the durable consumer
 * disappears (deleted, stream recreated), it provisions it again and resubscribes with backoff.
 * On abort it stops fetching and hands buffered messages back (`nak`) for another replica.
 */
export async function consumeLoop(o: ConsumeLoopOptions): Promise<void> {
  let failures = 0;
  let provisioned = true;
  while (!o.signal.aborted) {
    try {
      if (!provisioned) await o.provision();
      provisioned = true;
      const consumer = await o.js.consumers.get(o.stream, o.durable);
      // A short pull expiry: nats.js re-pulls only after two missed heartbeats (expiry / 2 each),
      // so after a consumer-leader failover the default 30 s expiry left deliveries paused ~43 s.
      const messages = await consumer.consume({
        max_messages: o.bufferSize,
        expires: PULL_EXPIRES_MS,
      });
      const lost = watchForLoss(messages);
      const close = () => void messages.close();
      o.signal.addEventListener('abort', close, { once: true });
      try {
        for await (const msg of messages) {
          failures = 0;
          await feed(o, msg);
        }
      } finally {
        o.signal.removeEventListener('abort', close);
      }
      if (lost()) throw new Error(`consumer ${o.durable} on ${o.stream} disappeared`);
    } catch (error) {
      failures += 1;
      provisioned = false;
      o.logger.warn({ err: error, stream: o.stream }, 'consumer pull failed; retrying');
    }
    await sleep(backoffMs(failures, 5_000), o.signal);
  }
}

async function feed(o: ConsumeLoopOptions, msg: JsMsg): Promise<void> {
  if (o.signal.aborted) return msg.nak();
  await o.lanes.acquire();
  if (!o.signal.aborted) return o.dispatch(msg);
  o.lanes.release();
  msg.nak();
}

/** Ends `messages` when the server reports the consumer gone; the result says whether it did. */
function watchForLoss(messages: ConsumerMessages): () => boolean {
  let lost = false;
  void (async () => {
    for await (const s of messages.status()) {
      if (s.type === 'consumer_deleted' || s.type === 'consumer_not_found') {
        lost = true;
        await messages.close();
        return;
      }
    }
  })();
  return () => lost;
}
