import type pg from 'pg';
import { OUTBOX_CHANNEL } from '../outbox/outbox.js';
import { TRY_LOCK } from './queries.js';

/**
 * The relay's own PostgreSQL connection, held for as long as it runs: it LISTENs for outbox
 * NOTIFYs and holds the session advisory lock that makes this relay the publisher. When the
 * process dies, PostgreSQL ends the session and another replica's relay takes the lock.
 */
export interface RelaySession {
  readonly client: pg.PoolClient;
  /** Tries to take the publisher lock; true when this session holds it. */
  tryLock(): Promise<boolean>;
  /** Ends the connection (and with it the lock and the LISTEN). */
  close(): void;
}

/** Opens a session: a pool connection that calls `onWake` on NOTIFY and `onError` when lost. */
export async function openRelaySession(
  pool: pg.Pool,
  onWake: () => void,
  onError: (error: Error) => void,
): Promise<RelaySession> {
  const client = await pool.connect();
  let closed = false;
  // Without a listener an error on a checked-out client (server restart, network) would be
  // an uncaught 'error' event and end the process.
  client.on('error', onError);
  client.on('notification', onWake);
  try {
    await client.query(`listen ${OUTBOX_CHANNEL}`);
  } catch (error) {
    client.release(true);
    throw error;
  }
  return {
    client,
    tryLock: async () => (await client.query<{ ok: boolean }>(TRY_LOCK)).rows[0]?.ok === true,
    close() {
      if (closed) return;
      closed = true;
      client.off('notification', onWake);
      // Destroying (not returning) the connection releases the lock and the LISTEN at once.
      client.release(true);
    },
  };
}
