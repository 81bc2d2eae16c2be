import type { JsMsg } from '@nats-io/jetstream';
import type { CloudEvent, EventCatalog } from '@yiwang/contracts';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { NodePgDatabase, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type { BusConnection } from '../connection.js';
import type { BusLogger } from '../logger.js';

/** A Drizzle schema object (the service's tables). */
export type DbSchema = Record<string, unknown>;

/** The Drizzle transaction a handler runs in. */
export type BusTransaction<S extends DbSchema> = NodePgTransaction<
  S,
  ExtractTablesWithRelations<S>
>;

/** What a handler gets next to the event. */
export interface HandlerContext<S extends DbSchema> {
  /** The transaction that also records the event in the inbox: write effects with it. */
  tx: BusTransaction<S>;
  /** The JetStream message (delivery count, headers). Do not ack it: the bus does. */
  msg: JsMsg;
  /** The consumer's logger with `consumer` and `event_id`. */
  log: BusLogger;
}

/** Applies one event. Throw `TransientError`/`PermanentError` to steer retries. */
export type EventHandler<S extends DbSchema> = (
  event: CloudEvent,
  ctx: HandlerContext<S>,
) => Promise<void>;

/** Options of `createConsumer`. */
export interface ConsumerOptions<S extends DbSchema> {
  nats: Pick<BusConnection, 'js' | 'jsm' | 'nc'>;
  db: NodePgDatabase<S>;
  catalog: EventCatalog;
  /** Subject prefix token; default `yiwang`. */
  prefix?: string;
  /** Durable name, shared by the replicas of a service: `<service>-<action>`. */
  name: string;
  /** Subjects under the prefix, e.g. `yiwang.hazards.hazard.closed.*`. */
  filterSubjects: readonly string[];
  handler: EventHandler<S>;
  /** Deliveries before dead-lettering (default 5). */
  maxDeliver?: number;
  /** Redelivery delay of an unacknowledged message (default 30 s). */
  ackWaitMs?: number;
  /** Delays before the 2nd, 3rd… delivery after a failure (default 1 s, 5 s, 30 s). */
  backoffMs?: readonly number[];
  /** Messages handled at once, one at a time per aggregate (default 8). */
  concurrency?: number;
  logger?: BusLogger;
}

/** A running durable consumer. */
export interface EventConsumer {
  /** Provisions the durable consumer(s) and starts pulling. */
  start(): Promise<void>;
  /** Stops fetching, finishes (and acks) handlers in flight, then resolves. */
  stop(): Promise<void>;
}
