// bench/outbox (issue 3): relay throughput as a share of raw nats.js publish, and outbox lag
// p99 under a steady 2,000 events/s. Goals: ≥ 30 % (stretch 50 %), p99 ≤ 50 ms.
import { percentile, table, writeSection } from '../lib/report.js';
import { steadyLag } from './lag.js';
import { setup } from './setup.js';
import { rawPublish, relayDrain } from './throughput.js';

const N = Number(process.env.BENCH_OUTBOX_N ?? 100_000);
const RATE = Number(process.env.BENCH_OUTBOX_RATE ?? 2_000);
const SECONDS = Number(process.env.BENCH_OUTBOX_SECONDS ?? 15);

const env = await setup();
try {
  console.log(`raw publish of ${N} events…`);
  const raw = await rawPublish(env, N);
  console.log(`relay draining ${N} outbox rows…`);
  const relay = await relayDrain(env, N);
  console.log(`steady load ${RATE}/s for ${SECONDS} s…`);
  const lag = await steadyLag(env, RATE, SECONDS);
  const ratio = relay / raw;
  const p50 = percentile(lag.lagsMs, 50);
  const p99 = percentile(lag.lagsMs, 99);
  const f = (x: number) => x.toFixed(0);
  const markdown = `## Outbox relay (\`bench/outbox\`)

Baseline: raw \`js.publish\` of the same CloudEvents with \`msgID\`, ${'5,000'} PubAcks in flight.
Relay: ${N.toLocaleString('en')} rows committed first, then one relay drains them (batches of
1,000, pipelined PubAcks, rows marked sent). Lag: single-event transactions (\`outbox.add\`
in its own transaction, from another process) offered at ${RATE.toLocaleString('en')}/s for ${SECONDS} s
with the relay running; lag = arrival at a NATS subscriber − commit.

${table(
  ['measure', 'result', 'goal'],
  [
    ['raw publish', `${f(raw)} events/s`, 'baseline'],
    ['relay drain', `${f(relay)} events/s`, ''],
    ['relay / raw', `**${(ratio * 100).toFixed(0)} %**`, '≥ 30 % (stretch 50 %)'],
    ['load achieved', `${f(lag.achievedPerSecond)} events/s`, `${RATE} events/s`],
    ['lag p50', `${p50.toFixed(1)} ms`, ''],
    ['lag p99', `**${p99.toFixed(1)} ms**`, '≤ 50 ms'],
  ],
)}`;
  console.log(markdown);
  await writeSection('outbox', markdown);
} finally {
  await env.cleanup();
}
