import type { ReadinessCheck } from './readiness.js';

/** The part of a `pg.Pool` (or client) the database check needs. */
export interface Queryable {
  query(sql: string): Promise<unknown>;
}

/** The part of a NATS connection (`@nats-io/transport-node`) the NATS check needs. */
export interface NatsStatus {
  isClosed(): boolean;
  /** Resolves after a PING/PONG round trip with the server. */
  flush(): Promise<void>;
}

/** Ready when the service's database answers `select 1`. */
export function databaseReadiness(pool: Queryable, name = 'database'): ReadinessCheck {
  return {
    name,
    check: async () => {
      await pool.query('select 1');
    },
  };
}

/**
 * Ready when the NATS connection is open and the server answers a PING. While the client is
 * reconnecting the flush waits, so the readiness timeout turns it into "down".
 */
export function natsReadiness(connection: NatsStatus, name = 'nats'): ReadinessCheck {
  return {
    name,
    check: async () => {
      if (connection.isClosed()) throw new Error('NATS connection is closed');
      await connection.flush();
    },
  };
}
