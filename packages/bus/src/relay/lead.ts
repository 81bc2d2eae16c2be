import { drain } from './drain.js';
import type { RelaySettings } from './options.js';
import { DELETE_EXPIRED, DELETE_EXPIRED_INBOX } from './queries.js';
import type { RelaySession } from './session.js';
import { claimState, heldBack, setListening } from './state.js';
import { backoffMs, sleep, type Wakeup } from './wake.js';

/**
 * The publisher's loop, run while its session holds the lock. It drains readable rows; while
 * rows keep coming it stays busy and writers send no NOTIFY; when rows wait for an older open
 * transaction it polls briefly; otherwise it says it listens, drains once more (a writer that
 * saw it busy may have committed in between) and waits for a NOTIFY or the poll interval.
 * While NATS is away it waits for the reconnection; while publishes fail it backs off.
 * Database errors are thrown (the caller reconnects and competes for the lock again).
 */
export async function lead(
  session: RelaySession,
  o: RelaySettings,
  wakeup: Wakeup,
  signal: AbortSignal,
): Promise<void> {
  const { client } = session;
  const drainOptions = { ...o, client, js: o.nats.js, signal };
  let position = await claimState(client);
  let listening = false;
  let failures = 0;
  let nextRetention = 0;
  while (!signal.aborted) {
    if (!o.nats.isConnected()) {
      await sleep(o.pollIntervalMs, signal);
      continue;
    }
    const outcome = await drain(drainOptions, position);
    position = outcome.position;
    if (outcome.error !== undefined) {
      failures += 1;
      o.logger.warn({ err: outcome.error, published: outcome.published }, 'outbox publish failed');
      await sleep(backoffMs(failures, o.maxBackoffMs), signal);
      continue;
    }
    failures = 0;
    if (outcome.published > 0) {
      if (listening) await setListening(client, (listening = false));
      continue;
    }
    if (Date.now() >= nextRetention) {
      await client.query(DELETE_EXPIRED, [o.retentionMs]);
      await client.query(DELETE_EXPIRED_INBOX, [o.inboxRetentionMs]);
      nextRetention = Date.now() + o.retentionIntervalMs;
    }
    if (await heldBack(client, position)) {
      await wakeup.wait(o.heldBackPollMs);
    } else if (!listening) {
      await setListening(client, (listening = true));
    } else {
      await wakeup.wait(o.pollIntervalMs);
    }
  }
}
