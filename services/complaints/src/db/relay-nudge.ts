// Wakes the outbox relay after intake commits (see outbox-insert.ts for why intake's own
// transaction sends no NOTIFY). At most one NOTIFY is in flight per process: commits that land
// while one is being sent share the next, so a burst of intakes costs one or two wake-ups, not
// one serialised commit each. A failed NOTIFY is dropped: the relay polls every second anyway.
import { OUTBOX_CHANNEL } from '@yiwang/bus';
import type { Pool } from 'pg';

/** Call after a commit that wrote outbox rows without NOTIFY. */
export type RelayNudge = () => void;

/** A coalescing NOTIFY on the relay's channel, sent on `pool`. */
export function makeRelayNudge(pool: Pick<Pool, 'query'>): RelayNudge {
  let sending = false;
  let again = false;
  const send = async (): Promise<void> => {
    sending = true;
    do {
      again = false;
      try {
        await pool.query('select pg_notify($1, $2)', [OUTBOX_CHANNEL, 'wake']);
      } catch {
        // The relay's poll interval covers a lost wake-up; the rows are committed.
      }
    } while (again);
    sending = false;
  };
  return () => {
    if (sending) again = true;
    else void send();
  };
}
