import type { JsMsg } from '@nats-io/jetstream';
import { busNames } from '../naming.js';
import { consumeLoop } from './consume-loop.js';
import { decodeMessage, laneKey } from './decode.js';
import { handleMessage } from './handle.js';
import { inboxApplier } from './inbox.js';
import { Lanes } from './lanes.js';
import { consumerSettings, durableSettings } from './options.js';
import { provisionDurable } from './provision.js';
import { filtersByStream, subjectMatches } from './subjects.js';
import type { ConsumerOptions, DbSchema, EventConsumer } from './types.js';

/**
 * Makes a durable pull consumer with an idempotent inbox (ARCHITECTURE.md §4): each event is
 * validated, then handled in a transaction that inserts `(consumer, event id)` into the inbox;
 * the ack follows the commit, and an event whose inbox row exists is acknowledged unapplied.
 * @throws {BusConfigError} on invalid options or filters.
 */
export function createConsumer<S extends DbSchema>(options: ConsumerOptions<S>): EventConsumer {
  const o = consumerSettings(options);
  const names = busNames(o.prefix);
  const plans = filtersByStream(names, o.filterSubjects);
  const lanes = new Lanes(o.concurrency);
  const stopping = new AbortController();
  let loops: Promise<void>[] = [];
  const deps = {
    ...o,
    consumer: o.name,
    js: o.nats.js,
    names,
    policy: { maxDeliver: o.maxDeliver, backoffMs: o.backoffMs },
    applyOnce: inboxApplier(o.db, o.name, o.handler),
  };

  const dispatcher = (local: string[] | undefined) => (msg: JsMsg) => {
    if (local && !local.some((f) => subjectMatches(f, msg.subject))) {
      msg.ack(); // outside this consumer's filters (2.9 servers, see provisionDurable)
      lanes.release();
      return;
    }
    const decoded = decodeMessage(msg, o.catalog);
    lanes.run(laneKey(decoded, msg), () => handleMessage(msg, decoded, deps));
  };

  return {
    async start() {
      const settings = durableSettings(o, o.nats.nc);
      for (const plan of plans) {
        const provision = () => provisionDurable(o.nats.jsm, plan, settings);
        const local = await provision();
        loops.push(
          consumeLoop({
            js: o.nats.js,
            stream: plan.stream,
            durable: o.name,
            bufferSize: Math.max(2, o.concurrency * 2),
            lanes,
            signal: stopping.signal,
            logger: o.logger,
            provision: async () => void (await provision()),
            dispatch: dispatcher(local),
          }),
        );
      }
    },
    async stop() {
      stopping.abort();
      await Promise.all(loops);
      loops = [];
      await lanes.idle();
    },
  };
}
