// The load of the lag benchmark, in a process of its own (as a service's HTTP handlers
// would be in another process than the consumers): transactions of `perTransaction` events
// through `outbox.add` at a fixed event rate; posts [event id, commit time] pairs back.
import { createOutbox } from '@yiwang/bus';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { benchEvent, catalog } from './events.js';

interface Job {
  databaseUrl: string;
  prefix: string;
  perSecond: number;
  seconds: number;
  perTransaction: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const post = (message: unknown) =>
  new Promise<void>((resolve, reject) =>
    process.send?.(message, undefined, {}, (error) => (error ? reject(error) : resolve())),
  );
const pool = new pg.Pool({ connectionString: job.databaseUrl, max: 16 });
const db = drizzle(pool);
const outbox = createOutbox({ catalog, prefix: job.prefix });
const now = () => performance.timeOrigin + performance.now();

const tickMs = 5;
const perTick = Math.max(1, Math.round((job.perSecond * tickMs) / 1000));
const total = job.perSecond * job.seconds;
let pending: [string, number][] = [];
const writes: Promise<void>[] = [];
const started = now();
for (let sent = 0, tick = 0; sent < total; tick += 1) {
  const wait = started + tick * tickMs - now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  for (let k = 0; k < perTick && sent < total; k += job.perTransaction) {
    const events = Array.from({ length: Math.min(job.perTransaction, total - sent) }, () =>
      benchEvent(sent++),
    );
    writes.push(
      db
        .transaction((tx) => outbox.add(tx, events))
        .then(() => {
          const at = now();
          for (const event of events) pending.push([event.id, at]);
        }),
    );
  }
  if (pending.length >= 200) {
    void post({ committed: pending });
    pending = [];
  }
}
await Promise.all(writes);
await post({
  committed: pending,
  achievedPerSecond: total / ((now() - started) / 1000),
});
await pool.end();
process.disconnect?.();
