import { drain } from './drain.js';
import type { RelaySettings } from './options.js';
import { DELETE_EXPIRED } from './queries.js';
import type { RelaySession } from './session.js';
import { backoffMs, sleep, type Wakeup } from './wake.js';

/**
 * The publisher's loop, run while its session holds the lock: drain readable rows, delete
 * expired ones now and then, wait for a NOTIFY or the poll interval. While NATS is away it
 * waits for the reconnection; while publishes fail it backs off. Database errors are thrown
 * (the caller reconnects and competes for the lock again).
 */
export async function lead(
  session: RelaySession,
  o: RelaySettings,
  wakeup: Wakeup,
  signal: AbortSignal,
): Promise<void> {
  let failures = 0;
  let nextRetention = 0;
  while (!signal.aborted) {
    if (!o.nats.isConnected()) {
      await sleep(o.pollIntervalMs, signal);
      continue;
    }
    const { client } = session;
    const { batchSize, publishTimeoutMs } = o;
    const outcome = await drain({
      client,
      pool: o.pool,
      js: o.nats.js,
      batchSize,
      publishTimeoutMs,
      signal,
    });
    if (outcome.error !== undefined) {
      failures += 1;
      o.logger.warn({ err: outcome.error, published: outcome.published }, 'outbox publish failed');
      await sleep(backoffMs(failures, o.maxBackoffMs), signal);
      continue;
    }
    failures = 0;
    if (Date.now() >= nextRetention) {
      await client.query(DELETE_EXPIRED, [o.retentionMs]);
      nextRetention = Date.now() + o.retentionIntervalMs;
    }
    await wakeup.wait(o.pollIntervalMs);
  }
}
