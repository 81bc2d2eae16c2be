import type { JetStreamManager } from '@nats-io/jetstream';
import type { CloudEvent } from '@yiwang/contracts';
import type { BusConnection } from '../../src/index.js';

/** Every event stored in `stream`, in stream order. */
export async function streamEvents(jsm: JetStreamManager, stream: string): Promise<CloudEvent[]> {
  const { state } = await jsm.streams.info(stream);
  const events: CloudEvent[] = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq += 1) {
    const msg = await jsm.streams.getMessage(stream, { seq });
    if (msg) events.push(msg.json<CloudEvent>());
  }
  return events;
}

/** Number of messages in `stream`. */
export async function streamCount(jsm: JetStreamManager, stream: string): Promise<number> {
  return (await jsm.streams.info(stream)).state.messages;
}

/**
 * The connection with `js.publish` counted per `msgID`, to see whether relays publish a row
 * more than once (JetStream's de-duplication would hide it in the stream).
 */
export function countingPublishes(nats: BusConnection, counts: Map<string, number>): BusConnection {
  const js = new Proxy(nats.js, {
    get(target, key, receiver) {
      if (key !== 'publish') return Reflect.get(target, key, receiver) as unknown;
      return (...args: Parameters<typeof target.publish>) => {
        const id = args[2]?.msgID ?? '';
        counts.set(id, (counts.get(id) ?? 0) + 1);
        return target.publish(...args);
      };
    },
  });
  return { ...nats, js, isConnected: () => nats.isConnected() };
}

/** True when each aggregate's sequences appear in strictly increasing order. */
export function inAggregateOrder(events: readonly Pick<CloudEvent, 'subject' | 'sequence'>[]) {
  const last = new Map<string, number>();
  for (const e of events) {
    if ((last.get(e.subject) ?? 0) >= e.sequence) return false;
    last.set(e.subject, e.sequence);
  }
  return true;
}
