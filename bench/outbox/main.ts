// bench/outbox (issue 3): relay throughput as a share of raw nats.js publish, and outbox lag
// p99 under a steady 2,000 events/s. Goals: ≥ 30 % (stretch 50 %), p99 ≤ 50 ms.
import { percentile, table, writeSection } from '../lib/report.js';
import { steadyLag, type LagResult } from './lag.js';
import { setup } from './setup.js';
import { rawPublish, relayDrain } from './throughput.js';

const N = Number(process.env.BENCH_OUTBOX_N ?? 100_000);
const RATE = Number(process.env.BENCH_OUTBOX_RATE ?? 2_000);
const SECONDS = Number(process.env.BENCH_OUTBOX_SECONDS ?? 10);
const PER_TX = Number(process.env.BENCH_OUTBOX_PER_TX ?? 10);

const f = (x: number) => x.toFixed(0);
const lagRows = (label: string, lag: LagResult, goal: string) => [
  [`${label}: load achieved`, `${f(lag.achievedPerSecond)} events/s`, `${RATE} events/s`],
  [`${label}: lag p50`, `${percentile(lag.lagsMs, 50).toFixed(1)} ms`, ''],
  [`${label}: lag p99`, `**${percentile(lag.lagsMs, 99).toFixed(1)} ms**`, goal],
];

const env = await setup();
try {
  // The steady-state lag first, on a fresh outbox: after the bulk drain below, autovacuum and a
  // checkpoint of 100,000 rows would be measured as lag too.
  console.log(`steady load ${RATE}/s for ${SECONDS} s, ${PER_TX} events per transaction…`);
  const batched = await steadyLag(env, RATE, SECONDS, PER_TX);
  console.log(`steady load ${RATE}/s for ${SECONDS} s, one event per transaction…`);
  const single = await steadyLag(env, RATE, SECONDS, 1);
  console.log(`raw publish of ${N} events…`);
  const raw = await rawPublish(env, N);
  console.log(`relay draining ${N} outbox rows…`);
  const relay = await relayDrain(env, N);
  for (const [label, lag] of [
    ['batched', batched],
    ['single', single],
  ] as const) {
    const p = (q: number) => percentile(lag.lagsMs, q).toFixed(1);
    console.log(`${label}: p90 ${p(90)} p95 ${p(95)} p99 ${p(99)} p99.9 ${p(99.9)} max ${p(100)}`);
  }
  const markdown = `## Outbox relay (\`bench/outbox\`)

Baseline: raw \`js.publish\` of the same CloudEvents with \`msgID\`, 5,000 PubAcks in flight.
Relay: ${N.toLocaleString('en')} rows committed first, then one relay drains them (batches of
1,000, pipelined PubAcks, its stored position advanced once per batch). Lag, measured first on
the fresh outbox (the bulk drain's autovacuum and checkpoint would otherwise count as lag):
events offered at ${RATE.toLocaleString('en')}/s for ${SECONDS} s by another process through \`outbox.add\`, with the relay running; lag = arrival
at a NATS subscriber − commit. Once with ${PER_TX} events per transaction, once with one event per
transaction (writers send a \`NOTIFY\`, which PostgreSQL serialises across committing
transactions, only while the relay is idle: the achieved rate shows what caps a service's writes).

${table(
  ['measure', 'result', 'goal'],
  [
    ['raw publish', `${f(raw)} events/s`, 'baseline'],
    ['relay drain', `${f(relay)} events/s`, ''],
    ['relay / raw', `**${((relay / raw) * 100).toFixed(0)} %**`, '≥ 30 % (stretch 50 %)'],
    ...lagRows(`${PER_TX} per tx`, batched, '≤ 50 ms'),
    ...lagRows('1 per tx', single, '≤ 50 ms'),
  ],
)}`;
  console.log(markdown);
  await writeSection('outbox', markdown);
} finally {
  await env.cleanup();
}
