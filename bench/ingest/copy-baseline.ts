// Baseline (b) of bench ingest: raw `pg` COPY (pg-copy-streams, the service's copy) of the same
// reading rows into an equivalent table (the service's own migrations: daily partitions,
// primary key, BRIN), in the same batch size and concurrency as the endpoint.
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { closedLoop } from './http.js';

const require = createRequire(new URL('../../services/iot-ingest/package.json', import.meta.url));
const { from: copyFrom } = require('pg-copy-streams') as {
  from: (sql: string) => pg.Submittable & NodeJS.WritableStream;
};

/** Rows/s of COPY into `readings` of the database at `url`. */
export async function copyRowsPerSecond(
  url: string,
  sensors: number,
  batch: number,
  seconds: number,
  concurrency: number,
): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  const start = Date.now() - 3_600_000;
  let next = 0;
  const rows = () => {
    const lines: string[] = [];
    for (let i = 0; i < batch; i += 1) {
      const n = next++;
      const ts = new Date(start + Math.floor(n / sensors) * 10).toISOString();
      lines.push(`${(n % sensors) + 1}\t${ts}\t${(20 + (n % 50) / 10).toString()}\t${n}\n`);
    }
    return lines.join('');
  };
  try {
    const { perSecond } = await closedLoop(
      async () => {
        const c = await pool.connect();
        try {
          const stream = c.query(copyFrom('copy readings (sensor, ts, value, seq) from stdin'));
          await pipeline(Readable.from([rows()]), stream);
        } finally {
          c.release();
        }
      },
      seconds,
      concurrency,
    );
    return perSecond * batch;
  } finally {
    await pool.end();
  }
}
