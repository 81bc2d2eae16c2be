// Measure (e) of bench ingest: from posting a reading that crosses high-high to `iot.alarm.raised`
// arriving at a JetStream consumer (ordered consumer on the iot stream), while other gateways
// keep the endpoint at a given load. The alarm sensor has no minimum duration, and every other
// reading is back in range, so each crossing raises exactly one alarm.
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { busNames } from '@yiwang/bus';
import { setTimeout as sleep } from 'node:timers/promises';
import { expectStatus, type client } from './http.js';

type Client = ReturnType<typeof client>;

/** Latencies (ms) of `crossings` alarms raised one every `everyMs` while `load` runs. */
export async function alarmLatencies(opts: {
  natsUrl: string;
  prefix: string;
  http: Client;
  key: string;
  sensorId: string;
  crossings: number;
  everyMs: number;
  load: Promise<void>;
}): Promise<number[]> {
  const nc = await connect({ servers: opts.natsUrl });
  const js = jetstream(nc);
  const consumer = await js.consumers.get(busNames(opts.prefix).stream('iot'), {
    // One subject as a string: NATS < 2.10 knows only `filter_subject`.
    filter_subjects: `${opts.prefix}.iot.alarm.raised.>`,
  });
  const arrived = new Map<string, number>();
  const messages = await consumer.consume();
  const reading = (async () => {
    for await (const m of messages) {
      const data = m.json<{ data: { sensorId: string; raisedAt: string } }>().data;
      if (data.sensorId === opts.sensorId) arrived.set(data.raisedAt, performance.now());
    }
  })();
  const sent = new Map<string, number>();
  let t = Date.now() - 600_000;
  const post = async (value: number) => {
    const ts = new Date((t += 1000)).toISOString();
    const body = JSON.stringify({ readings: [{ sensorId: opts.sensorId, ts, value }] });
    const started = performance.now();
    const res = await opts.http.call('POST', '/v1/readings', body, { 'x-api-key': opts.key });
    expectStatus(res, 200);
    if (value > 50) sent.set(ts, started);
  };
  try {
    for (let i = 0; i < opts.crossings; i += 1) {
      await post(80);
      await sleep(opts.everyMs / 2);
      await post(5);
      await sleep(opts.everyMs / 2);
    }
    await opts.load;
    const deadline = Date.now() + 30_000;
    while (arrived.size < sent.size && Date.now() < deadline) await sleep(50);
    return [...sent].flatMap(([ts, at]) => {
      const got = arrived.get(ts);
      return got === undefined ? [] : [got - at];
    });
  } finally {
    await messages.close();
    await reading;
    await nc.close();
  }
}
