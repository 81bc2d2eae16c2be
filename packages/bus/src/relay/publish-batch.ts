import type { JetStreamClient } from '@nats-io/jetstream';
import type pg from 'pg';
import { publishRow, type OutboxRecord } from './publish-row.js';
import { MARK_SENT, SELECT_UNSENT } from './queries.js';

/** An outbox row with its position in commit order. */
export interface PositionedRecord extends OutboxRecord {
  txid: string;
  seq: string;
}

/** Position before every row. */
export const START = { txid: '0', seq: '0' } as const;

/** What publishing one batch achieved. */
export interface BatchOutcome {
  /** Rows published (acknowledged), from the start of the batch. */
  published: number;
  /** The first publish failure, when the batch stopped short. */
  error?: unknown;
}

/** Up to `batchSize` unsent, readable rows after `after`, in commit order. */
export async function readBatch(
  client: pg.ClientBase,
  batchSize: number,
  after: { txid: string; seq: string } = START,
): Promise<PositionedRecord[]> {
  const { rows } = await client.query<PositionedRecord>(SELECT_UNSENT, [
    batchSize,
    after.txid,
    after.seq,
  ]);
  return rows;
}

/**
 * Publishes rows pipelined: every publish is sent before the first PubAck is awaited. Returns
 * how many rows from the start were acknowledged and the first failure. Rows after it go out
 * again later with the same `Nats-Msg-Id`, which JetStream drops if this attempt was stored.
 */
export async function publishAll(
  js: JetStreamClient,
  rows: readonly PositionedRecord[],
  publishTimeoutMs: number,
): Promise<BatchOutcome> {
  const settled = await Promise.allSettled(
    rows.map((row) => publishRow(js, row, publishTimeoutMs)),
  );
  const firstFailure = settled.findIndex((s) => s.status === 'rejected');
  const failed = settled[firstFailure];
  return {
    published: firstFailure === -1 ? rows.length : firstFailure,
    ...(failed?.status === 'rejected' && { error: failed.reason as unknown }),
  };
}

/** Marks published rows sent; they stay for replay until the retention deletes them. */
export async function markSent(
  client: pg.Pool | pg.ClientBase,
  rows: readonly PositionedRecord[],
): Promise<void> {
  if (rows.length > 0) await client.query(MARK_SENT, [rows.map((r) => r.id)]);
}
