import type { JetStreamClient } from '@nats-io/jetstream';
import type pg from 'pg';
import { markSent, publishAll, readBatch, type PositionedRecord } from './publish-batch.js';

/** What the publisher needs for one drain. */
export interface DrainOptions {
  /** The session's connection: reads. */
  client: pg.ClientBase;
  /** Marks rows sent on another connection, in parallel with the next read. */
  pool: pg.Pool;
  js: JetStreamClient;
  batchSize: number;
  publishTimeoutMs: number;
  signal: AbortSignal;
}

/**
 * Publishes readable rows batch after batch until a batch comes back short (caught up) or a
 * publish fails (returned as `error`; database errors are thrown). The database work overlaps
 * the broker's: while a batch's PubAcks are awaited, the next batch is read after the last
 * row's (txid, seq), and a batch is marked sent (on a pool connection) while the next one is
 * read and published. Marking needs no lock: only the lock holder publishes. No row can
 * appear behind that cursor later, since every txid below the snapshot's xmin belongs to a
 * finished transaction; after a failure the next drain starts again from the first unsent row.
 */
export async function drain(o: DrainOptions): Promise<{ published: number; error?: unknown }> {
  let published = 0;
  let marking = Promise.resolve();
  let rows = await readBatch(o.client, o.batchSize);
  while (rows.length > 0 && !o.signal.aborted) {
    const last = rows[rows.length - 1];
    const next: Promise<PositionedRecord[]> =
      rows.length === o.batchSize && last
        ? readBatch(o.client, o.batchSize, last)
        : Promise.resolve([]);
    next.catch(() => undefined); // awaited below; this only keeps it from being "unhandled"
    const outcome = await publishAll(o.js, rows, o.publishTimeoutMs);
    const acknowledged = rows.slice(0, outcome.published);
    marking = marking.then(() => markSent(o.pool, acknowledged));
    marking.catch(() => undefined);
    published += outcome.published;
    if (outcome.error !== undefined) {
      await Promise.allSettled([next]);
      await marking;
      return { published, error: outcome.error };
    }
    rows = await next;
  }
  await marking;
  return { published };
}
