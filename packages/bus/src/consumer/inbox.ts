import type { JsMsg } from '@nats-io/jetstream';
import type { CloudEvent } from '@yiwang/contracts';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { BusLogger } from '../logger.js';
import { busInbox } from '../schema.js';
import type { DbSchema, EventHandler } from './types.js';

/**
 * Runs `handler` exactly once per (consumer, event): the inbox row and the handler's effects
 * commit in one transaction, so either both exist or neither. Returns false, without calling
 * the handler, when the inbox row already exists (a redelivery of an applied event). A
 * concurrent duplicate waits on the row's unique index and then sees it.
 */
export function inboxApplier<S extends DbSchema>(
  db: NodePgDatabase<S>,
  consumer: string,
  handler: EventHandler<S>,
) {
  return (event: CloudEvent, msg: JsMsg, log: BusLogger): Promise<boolean> =>
    db.transaction(async (tx) => {
      const fresh = await tx
        .insert(busInbox)
        .values({ consumer, eventId: event.id })
        .onConflictDoNothing()
        .returning({ id: busInbox.eventId });
      if (fresh.length === 0) return false;
      await handler(event, { tx, msg, log });
      return true;
    });
}
