// bench ingest: the project's headline benchmark (issue 7), everything in one run: (a) bare
// Fastify hello-world requests/s and the same bodies parsed by bare Fastify; (b) raw `pg` COPY
// of the reading rows, rows/s; (c) the real service's POST /v1/readings with 500 readings per
// request, readings/s; (d) single-reading POSTs, requests/s, from many gateways with one
// request in flight each (a city has hundreds), against (a) at the same concurrency; (e)
// latency from a reading crossing high-high to `iot.alarm.raised` at a JetStream consumer, at
// half of (c)'s load.
// Goals: (c) ≥ 50 % of (b) and ≥ 50,000 readings/s; (d) ≥ 40 % of (a); (e) p99 ≤ 50 ms.
import { execFileSync, fork, spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, testInfra, uniquePrefix } from '@yiwang/testing';
import { usccCheckDigit } from '@yiwang/contracts';
import pg from 'pg';
import { applyMigrations } from '../complaints/baseline.js';
import { percentile, table, writeSection } from '../lib/report.js';
import { alarmLatencies } from './alarm-latency.js';
import { copyRowsPerSecond } from './copy-baseline.js';
import { withCpu } from './cpu.js';
import { client, closedLoop, expectStatus, paced } from './http.js';

const SERVICE = fileURLToPath(new URL('../../services/iot-ingest/', import.meta.url));
// Defaults are the lead's measurement; BENCH_INGEST_* shrink a run that only checks the bench
// works, and `--no-write` (or BENCH_NO_WRITE=1) leaves docs/benchmarks.md alone.
const setting = (name: string, fallback: number) =>
  Number(process.env[`BENCH_INGEST_${name}`] ?? fallback);
const CONCURRENCY = setting('CONCURRENCY', 8);
// (a) and (d): one gateway per request in flight, as many as a city's share of one replica.
const GATEWAYS = setting('GATEWAYS', 128);
const SECONDS = setting('SECONDS', 10);
const BATCH = setting('BATCH', 500);
const SENSORS = setting('SENSORS', 20);
const WARMUP = setting('WARMUP', 50);
const CROSSINGS = setting('CROSSINGS', 200);
const WRITE = !process.argv.includes('--no-write') && process.env.BENCH_NO_WRITE !== '1';

if (!existsSync(`${SERVICE}dist/main.js`)) {
  execFileSync('pnpm', ['--filter', '@yiwang/iot-ingest', 'build'], { stdio: 'inherit' });
}
const infra = await testInfra();
const serviceDb = await createTestDatabase('bench_ingest');
const copyDb = await createTestDatabase('bench_ingest_copy');
const [port, barePort] = [await freePort(), await freePort()];
const secret = randomBytes(32).toString('base64url');
const prefix = uniquePrefix('bench');
// e.g. BENCH_INGEST_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the service
const nodeArgs = (process.env.BENCH_INGEST_NODE_ARGS ?? '').split(' ').filter(Boolean);
const service = spawn(process.execPath, [...nodeArgs, 'dist/main.js'], {
  cwd: SERVICE,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: serviceDb.url,
    NATS_URL: infra.natsUrl,
    JWT_HS256_SECRET: secret,
    IOT_BUS_PREFIX: prefix,
    LOG_LEVEL: 'warn',
  },
});
const bare = fork(fileURLToPath(new URL('./bare-server.mjs', import.meta.url)), [], {
  env: { ...process.env, PORT: String(barePort) },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const gatewayCount = Math.max(CONCURRENCY, GATEWAYS);
// The gateway of the alarm sensor of (e), after the load gateways.
const ALARM_GATEWAY = gatewayCount;
const http = client(port, gatewayCount + 2);
const bareHttp = client(barePort, gatewayCount);

/** An HS256 bureau token (the kit's claims: sub, dept, roles, regions; iss/aud `yiwang`). */
function token(): string {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'bench', dept: 'bureau', roles: ['admin'], regions: ['330000'], iss: 'yiwang', aud: 'yiwang', iat: now, exp: now + 3600 })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/** Registers gateway `g` with `SENSORS` temperature sensors; returns its key. */
async function setUpGateway(g: string, auth: Record<string, string>): Promise<string> {
  const uscc = `91330502MA2B00001${usccCheckDigit('91330502MA2B00001')}`;
  const res = await http.call(
    'PUT',
    `/v1/gateways/${g}`,
    JSON.stringify({ uscc, name: g, region: '330502' }),
    auth,
  );
  expectStatus(res, 201);
  // A day's reading interval: no sensor goes offline between the measures (their readings are
  // back-dated), which would turn its next reading into an online event and a transaction.
  const spec = {
    gatewayId: g,
    kind: 'temperature',
    unit: 'celsius',
    limits: { high: 1000 },
    intervalSeconds: 86_400,
  };
  for (let s = 0; s < SENSORS; s += 1) {
    expectStatus(await http.call('PUT', `/v1/sensors/${g}-s${s}`, JSON.stringify(spec), auth), 201);
  }
  return (JSON.parse(res.body) as { apiKey: string }).apiKey;
}

/** A fresh batch for gateway `g` (new timestamps every call: no request is a repeat). */
const cursor = new Map<number, number>();
function batch(g: number, size: number): string {
  let t = cursor.get(g) ?? Date.now() - 3_600_000;
  const readings = [];
  for (let i = 0; i < size; i += 1) {
    if (i % SENSORS === 0) t += 10;
    readings.push({
      sensorId: `gw${g}-s${i % SENSORS}`,
      ts: new Date(t).toISOString(),
      value: 20 + (i % 50) / 10,
    });
  }
  cursor.set(g, t);
  return JSON.stringify({ readings });
}

async function ready(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`)).ok;
  } catch {
    return false;
  }
}

try {
  for (let i = 0; !(await ready()); i += 1) {
    if (i > 300 || service.exitCode !== null)
      throw new Error('the iot-ingest service did not start');
    await sleep(100);
  }
  await new Promise((resolve) => bare.once('message', resolve));
  const auth = { authorization: `Bearer ${token()}` };
  // Set up CONCURRENCY gateways at a time (registration is not what is measured).
  const keys: string[] = [];
  for (let g = 0; g <= ALARM_GATEWAY; g += CONCURRENCY) {
    const chunk = Array.from({ length: Math.min(CONCURRENCY, ALARM_GATEWAY + 1 - g) }, (_, i) =>
      setUpGateway(`gw${g + i}`, auth),
    );
    keys.push(...(await Promise.all(chunk)));
  }
  const alarmSensor = {
    gatewayId: `gw${ALARM_GATEWAY}`,
    kind: 'combustible-gas',
    unit: 'percent-lel',
    minDurationSeconds: 0,
  };
  expectStatus(
    await http.call('PUT', '/v1/sensors/gas-alarm', JSON.stringify(alarmSensor), auth),
    201,
  );
  const post = (g: number, body: string) =>
    http.call('POST', '/v1/readings', body, { 'x-api-key': keys[g] ?? '' });
  const postBatch = async (g: number) => expectStatus(await post(g, batch(g, BATCH)), 200);
  const postOne = async (g: number) => expectStatus(await post(g, batch(g, 1)), 200);
  for (let i = 0; i < WARMUP; i += 1) await postBatch(i % CONCURRENCY);

  // (a′) bare Fastify parsing the same 500-reading bodies
  const { perSecond: bareBodies } = await closedLoop(
    async (w) => expectStatus(await bareHttp.call('POST', '/readings', batch(w, BATCH)), 200),
    SECONDS,
    CONCURRENCY,
  );
  // (b) raw COPY of the same rows into the same table definition
  await applyMigrations(copyDb.url, `${SERVICE}drizzle`);
  const c = new pg.Client({ connectionString: copyDb.url });
  await c.connect();
  await c.query('select iot_ensure_reading_partitions(current_date - 2, current_date + 1)');
  await c.end();
  const copy = await copyRowsPerSecond(
    copyDb.url,
    CONCURRENCY * SENSORS,
    BATCH,
    SECONDS,
    CONCURRENCY,
  );
  // (c) the endpoint, 500 readings per request
  const endpoint = (await closedLoop(postBatch, SECONDS, CONCURRENCY)).perSecond * BATCH;
  // (a) bare Fastify hello-world and (d) one reading per request, back to back at the same
  // concurrency: worker g is gateway g, one request in flight each. One unmeasured request per
  // gateway first (its key's first check reads the database).
  await Promise.all(Array.from({ length: GATEWAYS }, (_, g) => postOne(g)));
  const hello = await withCpu(bare.pid, () =>
    closedLoop(
      async () => expectStatus(await bareHttp.call('GET', '/hello', undefined), 200),
      SECONDS,
      GATEWAYS,
    ),
  );
  const single = await withCpu(service.pid, () => closedLoop(postOne, SECONDS, GATEWAYS));
  // (e) alarm latency at half of (c)'s load (batches from the other gateways, open loop)
  const halfRequests = Math.max(1, endpoint / BATCH / 2);
  const crossingsEvery = 100;
  const loadSeconds = (CROSSINGS * crossingsEvery) / 1000;
  const load = paced(halfRequests, loadSeconds, (i) => postBatch(i % CONCURRENCY));
  // Awaited inside alarmLatencies; marked handled so an earlier failure there is the one shown.
  load.catch(() => undefined);
  const latencies = await alarmLatencies({
    natsUrl: infra.natsUrl,
    prefix,
    http,
    key: keys[ALARM_GATEWAY] ?? '',
    sensorId: 'gas-alarm',
    crossings: CROSSINGS,
    everyMs: crossingsEvery,
    load,
  });

  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  const micros = (x: number | undefined) => (x === undefined ? 'n/a' : `${x.toFixed(0)} µs`);
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  const ratio = single.perSecond / hello.perSecond;
  const markdown = `## ingest: readings ingest (the headline benchmark)

Real service process (\`node dist/main.js\`), real HTTP on loopback, every request with fresh
timestamps (no repeats). Each batch is screened item by item, evaluated by the alarm engine,
stored with one \`INSERT … SELECT FROM unnest\` into daily partitions, and the engine states
are written in the same statement; synchronous commit (the default), no answer before the
commit. (c) and (e): ${CONCURRENCY} requests in flight from ${CONCURRENCY} gateways with ${SENSORS} sensors each.
(d): ${GATEWAYS} gateways with one request in flight each (a city has hundreds of gateways, each
posting its own readings), against (a), bare Fastify 5 hello-world at the same ${GATEWAYS}
requests in flight, measured right before it; the CPU time per request of the service and of
the bare server (from \`/proc\`, user + system) is the part of the ratio other load on the
machine does not distort. Baselines in the same run: bare Fastify (same machine) and raw \`pg\`
COPY (pg-copy-streams) of the same rows into the same table definition (partitions, primary key,
BRIN), ${BATCH} rows per COPY, ${CONCURRENCY} connections. ${SECONDS} s per measurement.

${table(
  ['measure', 'value', 'goal'],
  [
    [
      `(a) bare Fastify hello-world, ${GATEWAYS} in flight`,
      `${hello.perSecond.toFixed(0)} req/s (${micros(hello.cpuMicros)} CPU each)`,
      '',
    ],
    [
      `(a′) bare Fastify parsing the same ${BATCH}-reading bodies`,
      `${(bareBodies * BATCH).toFixed(0)} readings/s`,
      '',
    ],
    ['(b) raw pg COPY of the rows', `${copy.toFixed(0)} rows/s`, ''],
    [
      `(c) POST /v1/readings, ${BATCH} per request`,
      `${endpoint.toFixed(0)} readings/s`,
      `≥ 50,000 (${verdict(endpoint >= 50_000)})`,
    ],
    ['(c) / (b)', pct(endpoint / copy), `≥ 50 % (${verdict(endpoint / copy >= 0.5)})`],
    [
      `(d) POST /v1/readings, 1 per request, ${GATEWAYS} gateways`,
      `${single.perSecond.toFixed(0)} req/s (${micros(single.cpuMicros)} CPU each)`,
      '',
    ],
    ['(d) / (a)', pct(ratio), `≥ 40 % (${verdict(ratio >= 0.4)})`],
    [
      `(e) high-high → iot.alarm.raised at a JetStream consumer, p50 (${latencies.length} alarms at ${(halfRequests * BATCH).toFixed(0)} readings/s)`,
      `${p50.toFixed(1)} ms`,
      '',
    ],
    ['(e) p99', `${p99.toFixed(1)} ms`, `≤ 50 ms (${verdict(p99 <= 50)})`],
  ],
)}`;
  console.log(markdown);
  if (latencies.length < CROSSINGS)
    throw new Error(`only ${latencies.length} of ${CROSSINGS} alarms arrived`);
  if (WRITE) await writeSection('ingest', markdown);
} finally {
  service.kill('SIGTERM');
  bare.kill('SIGTERM');
  await Promise.all([
    new Promise((resolve) =>
      service.exitCode !== null ? resolve(0) : service.once('exit', resolve),
    ),
    new Promise((resolve) => (bare.exitCode !== null ? resolve(0) : bare.once('exit', resolve))),
  ]);
  http.close();
  bareHttp.close();
  await serviceDb.drop();
  await copyDb.drop();
}
