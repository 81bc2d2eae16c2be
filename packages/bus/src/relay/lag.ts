import type pg from 'pg';
import { LAG } from './queries.js';

/** How far the relay is behind. */
export interface OutboxLag {
  /** Committed rows not yet published. */
  pending: number;
  /** Age of the oldest of them, 0 when none. */
  oldestMs: number;
}

/** Reads the outbox lag (for metrics and readiness dashboards). */
export async function outboxLag(pool: pg.Pool): Promise<OutboxLag> {
  const { rows } = await pool.query<{ pending: number; oldest_ms: number }>(LAG);
  return { pending: rows[0]?.pending ?? 0, oldestMs: rows[0]?.oldest_ms ?? 0 };
}
