import { lead } from './lead.js';
import { relaySettings, type RelayOptions } from './options.js';
import { openRelaySession, type RelaySession } from './session.js';
import { backoffMs, sleep, Wakeup } from './wake.js';

/** The outbox relay of one process. */
export interface Relay {
  /** Starts the loop in the background; returns at once. */
  start(): void;
  /** Finishes the batch in flight, releases the publisher lock and stops. */
  stop(): Promise<void>;
  /** True while this relay holds the publisher lock. */
  isLeader(): boolean;
}

/**
 * Makes the relay that publishes committed outbox rows to JetStream. Every replica runs one;
 * a session advisory lock makes exactly one of them the publisher (one publisher keeps the
 * stream in commit order; `FOR UPDATE SKIP LOCKED` would let replicas overtake each other
 * within an aggregate), the others stand by and take over when its session ends.
 * @throws {BusConfigError} on out-of-range options.
 */
export function createRelay(options: RelayOptions): Relay {
  const o = relaySettings(options);
  const wakeup = new Wakeup();
  const stopping = new AbortController();
  const { signal } = stopping;
  let running: Promise<void> | undefined;
  let leader = false;

  async function loop(): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      let session: RelaySession | undefined;
      try {
        session = await openRelaySession(
          o.pool,
          () => wakeup.wake(),
          (error) => {
            o.logger.warn({ err: error }, 'outbox relay connection lost');
            wakeup.wake();
          },
        );
        // Standby: poll the lock (not on every NOTIFY, which would cost a query per commit).
        while (!signal.aborted && !(await session.tryLock())) {
          await sleep(o.pollIntervalMs, signal);
        }
        if (signal.aborted) break;
        leader = true;
        failures = 0;
        o.logger.info({}, 'outbox relay is the publisher');
        await lead(session, o, wakeup, signal);
      } catch (error) {
        failures += 1;
        o.logger.error({ err: error }, 'outbox relay failed; reconnecting');
        await sleep(backoffMs(failures, o.maxBackoffMs), signal);
      } finally {
        leader = false;
        session?.close();
      }
    }
  }

  return {
    start() {
      running ??= loop();
    },
    async stop() {
      stopping.abort();
      wakeup.wake();
      await running;
    },
    isLeader: () => leader,
  };
}
