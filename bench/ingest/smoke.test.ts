// A short smoke run of bench ingest (tiny N, no thresholds, nothing written), so the benchmark
// cannot rot: every measure must be produced and every alarm of (e) must arrive.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('runs every measure end to end', async () => {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'ingest/main.ts', '--no-write'],
    {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: {
        ...process.env,
        BENCH_NO_WRITE: '1',
        BENCH_INGEST_SECONDS: '0.5',
        BENCH_INGEST_CONCURRENCY: '2',
        BENCH_INGEST_GATEWAYS: '4',
        BENCH_INGEST_SENSORS: '3',
        BENCH_INGEST_WARMUP: '1',
        BENCH_INGEST_CROSSINGS: '3',
      },
      timeout: 180_000,
    },
  );
  for (const measure of ['(a)', '(b)', '(c)', '(d)', '(d) / (a)', '(e) p99'])
    expect(stdout).toContain(measure);
}, 200_000);
