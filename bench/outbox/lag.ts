// Outbox lag under a steady load: a child process commits single-event transactions at a fixed
// rate while the relay runs here; lag = arrival on a NATS subscriber − commit time.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRelay } from '@yiwang/bus';
import { waitFor } from '@yiwang/testing';
import type { BenchEnv } from './setup.js';

export interface LagResult {
  achievedPerSecond: number;
  lagsMs: number[];
}

const now = () => performance.timeOrigin + performance.now();

/** Runs `seconds` of load at `perSecond` events/s in transactions of `perTransaction`. */
export async function steadyLag(
  env: BenchEnv,
  perSecond: number,
  seconds: number,
  perTransaction: number,
): Promise<LagResult> {
  const arrivedAt = new Map<string, number>();
  const sub = env.nats.nc.subscribe(`${env.relayPrefix}.hazards.>`, {
    callback: (_err, msg) => void arrivedAt.set(msg.headers?.get('Nats-Msg-Id') ?? '', now()),
  });
  await env.nats.nc.flush();
  const relay = createRelay({ pool: env.pool, nats: env.nats });
  relay.start();
  await waitFor(() => relay.isLeader(), { timeout: 10_000, message: 'relay to lead' });

  const committedAt = new Map<string, number>();
  let achievedPerSecond = 0;
  const job = {
    databaseUrl: env.databaseUrl,
    prefix: env.relayPrefix,
    perSecond,
    seconds,
    perTransaction,
  };
  const producer = fork(
    fileURLToPath(new URL('./producer.ts', import.meta.url)),
    [JSON.stringify(job)],
    {
      execArgv: ['--import', 'tsx'],
    },
  );
  producer.on('message', (m: { committed: [string, number][]; achievedPerSecond?: number }) => {
    for (const [id, at] of m.committed) committedAt.set(id, at);
    if (m.achievedPerSecond !== undefined) achievedPerSecond = m.achievedPerSecond;
  });
  const code = await new Promise((resolve, reject) =>
    producer.once('exit', resolve).once('error', reject),
  );
  if (code !== 0) throw new Error(`the load producer failed (exit ${String(code)})`);
  const total = perSecond * seconds;
  await waitFor(() => arrivedAt.size >= total, {
    timeout: 60_000,
    message: 'all events to arrive',
  });
  await relay.stop();
  sub.unsubscribe();
  const lagsMs = [...committedAt].map(([id, at]) => (arrivedAt.get(id) ?? Number.NaN) - at);
  return { achievedPerSecond, lagsMs };
}
