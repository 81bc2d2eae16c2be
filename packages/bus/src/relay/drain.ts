import type { JetStreamClient } from '@nats-io/jetstream';
import type pg from 'pg';
import { publishAll, readBatch, type PositionedRecord } from './publish-batch.js';
import { advanceCursor, type Position } from './state.js';

/** What the publisher needs for one drain. */
export interface DrainOptions {
  /** The session's connection: reads. */
  client: pg.ClientBase;
  /** Advances the position on another connection, in parallel with the next read. */
  pool: pg.Pool;
  js: JetStreamClient;
  batchSize: number;
  publishTimeoutMs: number;
  signal: AbortSignal;
}

/** What one drain achieved. */
export interface DrainOutcome {
  /** Rows published (acknowledged). */
  published: number;
  /** The position after the last acknowledged row (stored, and where the next drain starts). */
  position: Position;
  /** The publish failure that stopped the drain, if one did. */
  error?: unknown;
}

/**
 * Publishes readable rows after `from`, batch after batch, until a batch comes back short
 * (caught up) or a publish fails (database errors are thrown). The database work overlaps the
 * broker's: while a batch's PubAcks are awaited, the next batch is read after its last row,
 * and the stored position is advanced (on a pool connection) while the next batch publishes.
 * No row can appear behind a position once read (see `SELECT_AFTER`), so the position is
 * exact; after a failure the next drain resumes after the last acknowledged row, and JetStream
 * drops re-sent duplicates by `Nats-Msg-Id`.
 */
export async function drain(o: DrainOptions, from: Position): Promise<DrainOutcome> {
  let published = 0;
  let position = from;
  let advancing = Promise.resolve();
  let rows = await readBatch(o.client, o.batchSize, from);
  while (rows.length > 0 && !o.signal.aborted) {
    const last = rows[rows.length - 1];
    const next: Promise<PositionedRecord[]> =
      rows.length === o.batchSize && last
        ? readBatch(o.client, o.batchSize, last)
        : Promise.resolve([]);
    next.catch(() => undefined); // awaited below; this only keeps it from being "unhandled"
    const outcome = await publishAll(o.js, rows, o.publishTimeoutMs);
    const acknowledged = rows[outcome.published - 1];
    if (acknowledged) {
      position = { txid: acknowledged.txid, seq: acknowledged.seq };
      const to = position;
      advancing = advancing.then(() => advanceCursor(o.pool, to));
      advancing.catch(() => undefined);
    }
    published += outcome.published;
    if (outcome.error !== undefined) {
      await Promise.allSettled([next]);
      await advancing;
      return { published, position, error: outcome.error };
    }
    rows = await next;
  }
  await advancing;
  return { published, position };
}
