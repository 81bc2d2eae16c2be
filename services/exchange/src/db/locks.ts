// Transaction-scoped advisory locks for aggregates that may not exist yet (a first PUT of an
// enterprise, a department registration): two concurrent creators serialise here instead of
// both deciding "new" and one failing on the primary key.
import { sql } from 'drizzle-orm';
import type { Executor } from './types.js';

/** Locks `key` until the transaction ends. */
export async function lockKey(tx: Executor, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

// The fan-out gate: every fan-out holds it shared from before it reads the departments until it
// commits; a catch-up takes it exclusively once, which waits for the fan-outs in flight. After
// that barrier an event is either in the archive already or fanned out by a transaction that
// sees the new department, so a catch-up misses nothing.
const FAN_OUT_GATE = 'exchange:fan-out-gate';

/** Enters the fan-out gate (shared: fan-outs never wait for each other). */
export async function enterFanOutGate(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(hashtextextended(${FAN_OUT_GATE}, 0))`);
}

/** Waits until every fan-out that entered the gate before now has ended. */
export async function awaitFanOutsInFlight(tx: Executor): Promise<void> {
  await lockKey(tx, FAN_OUT_GATE);
}
