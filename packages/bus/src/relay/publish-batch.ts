import type { JetStreamClient } from '@nats-io/jetstream';
import type pg from 'pg';
import { publishRow, type OutboxRecord } from './publish-row.js';
import { SELECT_AFTER } from './queries.js';
import type { Position } from './state.js';

/** An outbox row with its position in commit order. */
export interface PositionedRecord extends OutboxRecord {
  txid: string;
  seq: string;
}

/** What publishing one batch achieved. */
export interface BatchOutcome {
  /** Rows published (acknowledged), from the start of the batch. */
  published: number;
  /** The first publish failure, when the batch stopped short. */
  error?: unknown;
}

/** Up to `batchSize` readable rows after `after`, in commit order. */
export async function readBatch(
  client: pg.ClientBase,
  batchSize: number,
  after: Position,
): Promise<PositionedRecord[]> {
  const { rows } = await client.query<PositionedRecord>(SELECT_AFTER, [
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
