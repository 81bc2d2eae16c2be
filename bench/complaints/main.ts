// bench complaints: intake requests/s through the real service (its built process, real HTTP on
// loopback, N requests in flight) against a baseline of raw `pg` transactions inserting the
// same rows (copies of the service's report, sealed identity, outbox event) at the same
// concurrency, in one run; then p99 latency at half the maximum rate. Goals (issue 5): ≥ 60 % of
// the baseline, p99 ≤ 50 ms.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, freePort, testInfra, uniquePrefix } from '@yiwang/testing';
import pg from 'pg';
import { percentile, table, writeSection } from '../lib/report.js';
import { applyMigrations, insertBaseline, insertOneStatement, serviceRows } from './baseline.js';

const SERVICE = fileURLToPath(new URL('../../services/complaints/', import.meta.url));
// Defaults are the lead's measurement; BENCH_COMPLAINTS_* shrink a run that only checks the
// bench works, and `--no-write` (or BENCH_NO_WRITE=1) leaves docs/benchmarks.md alone.
const setting = (name: string, fallback: number) =>
  Number(process.env[`BENCH_COMPLAINTS_${name}`] ?? fallback);
const CONCURRENCY = setting('CONCURRENCY', 16);
const WARMUP = setting('WARMUP', 2000); // requests: JIT and pools warm, as in a service that has been up a while
const MAX_RATE_SECONDS = setting('SECONDS', 12);
const PACED_SECONDS = setting('PACED_SECONDS', MAX_RATE_SECONDS);
const ROUNDS = setting('ROUNDS', 3);
const WRITE = !process.argv.includes('--no-write') && process.env.BENCH_NO_WRITE !== '1';

if (!existsSync(`${SERVICE}dist/main.js`)) {
  execFileSync('pnpm', ['--filter', '@yiwang/complaints', 'build'], { stdio: 'inherit' });
}
const infra = await testInfra();
const serviceDb = await createTestDatabase('bench_complaints');
const baselineDb = await createTestDatabase('bench_baseline');
const port = await freePort();
// e.g. BENCH_COMPLAINTS_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the service
const nodeArgs = (process.env.BENCH_COMPLAINTS_NODE_ARGS ?? '').split(' ').filter(Boolean);
const entry = process.env.BENCH_COMPLAINTS_ENTRY ?? 'dist/main.js';
const child = spawn(process.execPath, [...nodeArgs, entry], {
  cwd: SERVICE,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: serviceDb.url,
    // As many connections for requests as the baseline has clients, plus the relay's.
    DATABASE_POOL_MAX: String(CONCURRENCY + 1),
    NATS_URL: infra.natsUrl,
    JWT_HS256_SECRET: randomBytes(32).toString('base64url'),
    COMPLAINTS_VAULT_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    COMPLAINTS_BUS_PREFIX: uniquePrefix('bench'),
    COMPLAINTS_PUBLIC_RATE_PER_MINUTE: '100000000',
    COMPLAINTS_PUBLIC_BURST: '100000000',
    COMPLAINTS_SCHEDULER_INTERVAL_MS: '0',
    LOG_LEVEL: 'warn',
  },
});

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
let n = 0;
const body = () =>
  JSON.stringify({
    channel: 'web',
    category: 'general-hazard',
    description: `Fire exit blocked by pallets in hall ${++n}.`,
    location: { region: '330502', address: 'Hall 2, 8 Industrial Rd', lat: 30.87, lng: 120.09 },
    enterprise: { name: `Bench Works ${n % 500}` },
    reporter: { name: '测试', phone: '13800000000' },
  });

/** One intake over HTTP; resolves with its latency in ms. */
function post(): Promise<number> {
  const payload = body();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/v1/reports',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 201
            ? resolve(performance.now() - started)
            : reject(new Error(`status ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** `work` with `concurrency` in flight for `seconds` (bounded); returns ops/s. */
async function closedLoop(
  work: () => Promise<unknown>,
  seconds: number,
  concurrency = CONCURRENCY,
) {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await work();
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

/** Requests started at `rate`/s for `seconds` (open loop); returns each latency. */
async function paced(rate: number, seconds: number): Promise<number[]> {
  const latencies: Promise<number>[] = [];
  const start = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i += 1) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    latencies.push(post());
  }
  return Promise.all(latencies);
}

try {
  for (let i = 0; !(await ready()); i += 1) {
    if (i > 300 || child.exitCode !== null) throw new Error('the complaints service did not start');
    await sleep(100);
  }
  // warm up the service (JIT, pools)
  for (let i = 0; i < WARMUP; i += 1) await post();
  await applyMigrations(baselineDb.url, `${SERVICE}drizzle`);
  const pool = new pg.Pool({ connectionString: baselineDb.url, max: CONCURRENCY });
  let samples: Awaited<ReturnType<typeof serviceRows>> = [];
  let turn = 0;
  const copying = (insert: typeof insertBaseline) => () => {
    const rows = samples[turn++ % samples.length];
    if (rows === undefined) throw new Error('the service stored no intake to copy');
    return insert(pool, rows);
  };
  const measureBaseline = async (insert: typeof insertBaseline) => {
    // each baseline starts from empty tables, as the service did
    await pool.query('truncate reports, bus_outbox cascade');
    for (let i = 0; i < WARMUP; i += 1) await copying(insert)();
    return closedLoop(copying(insert), MAX_RATE_SECONDS);
  };
  // Rounds alternate service and baseline, so a disturbance of the machine (a checkpoint,
  // another process) lands on one round, and the medians are reported. The service's tables
  // keep growing over the rounds while each baseline starts empty: that is against the service.
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    const cpuBefore = await childCpuMs();
    const before = n;
    const service = await closedLoop(post, MAX_RATE_SECONDS);
    const cpuPerRequest = ((await childCpuMs()) - cpuBefore) / (n - before);
    // the baselines write copies of the service's own rows
    if (r === 0) samples = await serviceRows(serviceDb.url, 1000);
    const baseline = await measureBaseline(insertBaseline);
    const half = Math.max(1, Math.floor(service / 2));
    const latencies = await paced(half, PACED_SECONDS);
    rounds.push({
      service,
      baseline,
      ratio: service / baseline,
      cpuPerRequest,
      half,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    });
  }
  const oneStatement = await measureBaseline(insertOneStatement);
  await pool.end();

  const mid = (pick: (r: Round) => number) => percentile(rounds.map(pick), 50);
  const service = mid((r) => r.service);
  const baseline = mid((r) => r.baseline);
  const ratio = mid((r) => r.ratio);
  const half = Math.round(mid((r) => r.half));
  const p50 = mid((r) => r.p50);
  const p99 = mid((r) => r.p99);
  const cpuPerRequest = mid((r) => r.cpuPerRequest);
  const each = (pick: (r: Round) => number, digits = 0) =>
    rounds.map((r) => pick(r).toFixed(digits)).join(' / ');
  const verdict = (okay: boolean) => (okay ? 'met' : '**missed**');
  const markdown = `## complaints: intake throughput and latency

Real service process (\`node dist/main.js\`), real HTTP on loopback, ${CONCURRENCY} requests in
flight, ${MAX_RATE_SECONDS} s per measurement, ${ROUNDS} rounds alternating service and baseline
(medians; each round's figures in the last rows); baseline: raw \`pg\` transactions (BEGIN, three
INSERTs, COMMIT) with ${CONCURRENCY} clients writing copies of the rows the service wrote (report with
its state document and deadline columns, sealed identity, outbox event with its headers), so both
fill the same columns and index entries with the same durability (synchronous commit). Each intake
also parses and validates the request, seals the identity (AES-256-GCM), and is published to
NATS by the relay in the same process while the load runs. The service's pool has
${CONCURRENCY + 1} connections (\`DATABASE_POOL_MAX\`; the relay holds one), the baseline's ${CONCURRENCY}.
The goal's baseline costs five round trips; the same rows as one prepared statement (intake's
own shape) are shown too, for a fair reading of the ratio.

${table(
  ['measure', 'value', 'goal'],
  [
    ['service intake', `${service.toFixed(0)} req/s`, ''],
    ['baseline (raw pg transaction)', `${baseline.toFixed(0)} tx/s`, ''],
    ['service / baseline', `${(ratio * 100).toFixed(0)} %`, `≥ 60 % (${verdict(ratio >= 0.6)})`],
    ['raw pg, the same rows in one prepared statement', `${oneStatement.toFixed(0)} tx/s`, ''],
    ['service / one statement', `${((service / oneStatement) * 100).toFixed(0)} %`, ''],
    [`p50 at half the maximum rate (${half} req/s)`, `${p50.toFixed(1)} ms`, ''],
    [
      `p99 at half the maximum rate (${half} req/s)`,
      `${p99.toFixed(1)} ms`,
      `≤ 50 ms (${verdict(p99 <= 50)})`,
    ],
    ['service / baseline, each round', `${each((r) => r.ratio * 100)} %`, ''],
    ['p99, each round', `${each((r) => r.p99, 1)} ms`, ''],
  ],
)}`;
  console.log(markdown);
  // A noise-resistant figure for comparing builds on a busy machine (not part of the report).
  console.log(`service process CPU per intake: ${cpuPerRequest.toFixed(2)} ms`);
  if (WRITE) await writeSection('complaints', markdown);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  agent.destroy();
  await serviceDb.drop();
  await baselineDb.drop();
}

/** One round's figures. */
interface Round {
  readonly service: number;
  readonly baseline: number;
  readonly ratio: number;
  readonly cpuPerRequest: number;
  readonly half: number;
  readonly p50: number;
  readonly p99: number;
}

/** CPU time (user + system) the service process has used, in ms (Linux /proc; else NaN). */
async function childCpuMs(): Promise<number> {
  try {
    const stat = await readFile(`/proc/${child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of proc(5), in clock ticks (100 per second)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function ready(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`)).ok;
  } catch {
    return false;
  }
}
