import type pg from 'pg';
import { ADVANCE_CURSOR, CLAIM_STATE, HELD_BACK, SELECT_CURSOR, SET_LISTENING } from './queries.js';

/** A position in commit order: the (txid, seq) of an outbox row. */
export interface Position {
  txid: string;
  seq: string;
}

/**
 * Takes over the relay state as the new publisher: creates the row when this database's relay
 * never ran, marks the relay busy (writers stop sending NOTIFYs until it listens again) and
 * returns the position after which rows are unsent.
 */
export async function claimState(client: pg.ClientBase): Promise<Position> {
  await client.query(CLAIM_STATE);
  const { rows } = await client.query<Position>(SELECT_CURSOR);
  return rows[0] ?? { txid: '0', seq: '0' };
}

/** Moves the position forward to `to` (never back); rows up to it count as sent. */
export async function advanceCursor(client: pg.Pool | pg.ClientBase, to: Position): Promise<void> {
  await client.query(ADVANCE_CURSOR, [to.txid, to.seq]);
}

/** Tells writers whether to wake the relay with a NOTIFY. */
export async function setListening(client: pg.ClientBase, listening: boolean): Promise<void> {
  await client.query(SET_LISTENING, [listening]);
}

/** Whether committed rows after `position` wait for an older transaction to end. */
export async function heldBack(client: pg.ClientBase, position: Position): Promise<boolean> {
  const { rows } = await client.query<{ held: boolean }>(HELD_BACK, [position.txid, position.seq]);
  return rows[0]?.held === true;
}
