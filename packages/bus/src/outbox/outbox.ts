import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { CloudEvent, EventCatalog } from '@yiwang/contracts';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { busNames } from '../naming.js';
import { busOutbox } from '../schema.js';
import { busTracer } from '../trace-context.js';
import { outboxRows } from './rows.js';

/** The PostgreSQL channel the relay LISTENs on. */
export const OUTBOX_CHANNEL = 'yiwang_outbox';

/** A Drizzle transaction (or database) of any schema: what `outbox.add` writes with. */
export type OutboxWriter = Pick<PgDatabase<PgQueryResultHKT>, 'insert' | 'execute'>;

/** The two parts of an outbox write, for a caller that composes one statement of its own. */
export interface OutboxStatementParts {
  /** The INSERT of the rows (not executed): a data-modifying CTE of the caller's statement. */
  readonly insert: SQLWrapper;
  /** The final SELECT that NOTIFYs the relay only while it listens (see `add`). */
  readonly wake: SQL;
}

/** Writes events to the outbox inside the caller's transaction. */
export interface Outbox {
  /**
   * Validates the events against the catalog, stores them (with the active trace context when
   * an event has none) and wakes the relay once the transaction commits, in one statement.
   * @throws {OutboxEventInvalidError} before writing anything, so the transaction fails.
   */
  add(tx: OutboxWriter, events: CloudEvent | readonly CloudEvent[]): Promise<void>;
  /**
   * What `add` executes, as parts: for a use case that writes its state, the events and the
   * wake-up in one statement of its own (`with a as (…), b as (<insert>) <wake>`). Validates
   * the same way.
   * @throws {OutboxEventInvalidError} at the first invalid event.
   */
  parts(tx: Pick<OutboxWriter, 'insert'>, events: readonly CloudEvent[]): OutboxStatementParts;
}

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  /** The catalog events are validated against: the real one, or a test catalog. */
  catalog: EventCatalog;
  /** Subject prefix token (see `busNames`); default `yiwang`. */
  prefix?: string;
}

/**
 * A wake-up only while the relay listens for one: a busy relay drains again before it sleeps,
 * so it needs none, and NOTIFY takes a lock that serialises every committing transaction that
 * sent one. NOTIFY with one channel and payload is delivered once per transaction (PostgreSQL
 * docs, NOTIFY), so several writes still make one wake-up, sent only on commit.
 */
const WAKE = sql`select pg_notify(${OUTBOX_CHANNEL}, 'wake')
                   from bus_relay_state where name = 'outbox' and listening`;

/** Makes the outbox writer of a service. */
export function createOutbox({ catalog, prefix }: OutboxOptions): Outbox {
  const names = busNames(prefix);
  const parts: Outbox['parts'] = (tx, events) => ({
    insert: tx.insert(busOutbox).values(outboxRows(events, catalog, names.prefix)),
    wake: WAKE,
  });
  return {
    parts,
    async add(tx, events) {
      const list: readonly CloudEvent[] = Array.isArray(events) ? events : [events];
      if (list.length === 0) return;
      await busTracer().startActiveSpan(
        `outbox add ${list[0]?.type ?? ''}`,
        { kind: SpanKind.PRODUCER, attributes: { 'messaging.batch.message_count': list.length } },
        async (span) => {
          try {
            const { insert, wake } = parts(tx, list);
            // One round trip (Drizzle puts the embedded insert in parentheses).
            await tx.execute(sql`with stored as ${insert} ${wake}`);
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
            throw error;
          } finally {
            span.end();
          }
        },
      );
    },
  };
}
