import type { JetStreamClient } from '@nats-io/jetstream';
import type pg from 'pg';
import { publishRow, type OutboxRecord } from './publish-row.js';
import { SELECT_RANGE } from './queries.js';

/** Options of {@link replayOutbox}. */
export interface ReplayOptions {
  pool: pg.Pool;
  js: JetStreamClient;
  /** Replays rows created at or after this instant… */
  from: Date;
  /** …and before this one. */
  to: Date;
  /** Rows per round trip, default 500. */
  batchSize?: number;
  /** PubAck timeout, default 5000 ms. */
  publishTimeoutMs?: number;
}

/** What a replay did. */
export interface ReplayResult {
  /** Rows published. */
  published: number;
  /** Of those, how many the stream already held (dropped by `Nats-Msg-Id` de-duplication). */
  duplicates: number;
}

/**
 * Republishes already-sent outbox rows created in `[from, to)`, in commit order and with their
 * original `Nats-Msg-Id`: events the stream still holds within its duplicate window are dropped,
 * events it lost (a single node acks before fsync, ARCHITECTURE.md §4) are stored again, and
 * consumers' inboxes skip whatever they already applied. Unsent rows are the relay's business.
 */
export async function replayOutbox(options: ReplayOptions): Promise<ReplayResult> {
  const batchSize = options.batchSize ?? 500;
  const timeout = options.publishTimeoutMs ?? 5_000;
  const result: ReplayResult = { published: 0, duplicates: 0 };
  let cursor = { txid: '0', seq: '0' };
  for (;;) {
    const { rows } = await options.pool.query<OutboxRecord & { txid: string; seq: string }>(
      SELECT_RANGE,
      [options.from, options.to, cursor.txid, cursor.seq, batchSize],
    );
    const acks = await Promise.all(rows.map((row) => publishRow(options.js, row, timeout)));
    result.published += acks.length;
    result.duplicates += acks.filter((a) => a.duplicate).length;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return result;
    cursor = { txid: last.txid, seq: last.seq };
  }
}
