import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** PostgreSQL `xid8`: a 64-bit transaction id, compared with the current snapshot's xmin. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * The transactional outbox (ARCHITECTURE.md §4). One row per event, written by `outbox.add` in
 * the transaction that changes the state; read by the relay in commit order (`txid`, `seq`).
 * A row is sent once it is at or before the relay's position ({@link busRelayState}); rows are
 * never updated, only deleted by the retention. Include it in the service's Drizzle schema so
 * its migrations create it.
 */
export const busOutbox = pgTable(
  'bus_outbox',
  {
    /** The event id (UUIDv7), also the `Nats-Msg-Id`. */
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'bigint' }).notNull(),
    /** The writing transaction: rows become readable once every older transaction ended. */
    txid: xid8('txid')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    /** NATS subject to publish on. */
    subject: text('subject').notNull(),
    type: text('type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    /** The whole CloudEvent, as published. */
    payload: jsonb('payload').notNull(),
    /** NATS headers to publish with (trace context, `ce-*`). */
    headers: jsonb('headers').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bus_outbox_position').on(t.txid, t.seq),
    index('bus_outbox_created_at').on(t.createdAt),
  ],
);

/**
 * The publishing relay's state, one row per database. `txid, seq`: the position of the last
 * acknowledged row, advanced once per batch, so publishing costs no per-row UPDATE (and no dead
 * index entries for VACUUM to chase, which a `sent_at` column with a partial index did).
 * `listening`: the relay is idle and waits for a NOTIFY; while it is busy draining, writers skip
 * the NOTIFY, which PostgreSQL serialises across committing transactions.
 */
export const busRelayState = pgTable('bus_relay_state', {
  /** Always `outbox`. */
  name: text('name').primaryKey(),
  txid: xid8('txid').notNull(),
  seq: bigint('seq', { mode: 'bigint' }).notNull(),
  listening: boolean('listening').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The idempotent inbox: a row per (consumer, event) committed with the handler's effects, so
 * a redelivered event is recognised and skipped. Rows older than the inbox retention are
 * deleted by the relay; replaying events older than that would apply them again.
 */
export const busInbox = pgTable(
  'bus_inbox',
  {
    consumer: text('consumer').notNull(),
    eventId: uuid('event_id').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.consumer, t.eventId] }),
    index('bus_inbox_processed_at').on(t.processedAt),
  ],
);

/**
 * The last applied per-aggregate `sequence` of each projection, so a projection ignores an
 * event older than what it already reflects (see `claimAggregateVersion`).
 */
export const busProjectionVersion = pgTable(
  'bus_projection_version',
  {
    projection: text('projection').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.projection, t.aggregateId] })],
);
