import {
  connectNats,
  createConsumer,
  createOutbox,
  createRelay,
  provisionStreams,
  type BusConnection,
  type ConsumerOptions,
  type DbSchema,
  type EventConsumer,
  type Outbox,
} from '@yiwang/bus';
import { metrics } from '@opentelemetry/api';
import { catalog as hubCatalog, type EventCatalog } from '@yiwang/contracts';
import type { Logger } from 'pino';
import type { BaseServiceConfig } from '../config/base-config.js';
import type { Database } from '../db/connect-database.js';
import { natsReadiness } from '../health/checks.js';
import type { ReadinessCheck } from '../health/readiness.js';
import { retryWhileUnreachable } from '../lifecycle/retry-connection.js';
import { observeBusMetrics } from './bus-metrics.js';

/** A consumer as a service declares it; the backbone fills in the connections. */
export type ConsumerSpec<S extends DbSchema> = Omit<
  ConsumerOptions<S>,
  'nats' | 'db' | 'catalog' | 'logger' | 'prefix'
>;

/** A service's link to the event bus: its outbox, relay and consumers. */
export interface EventBackbone<S extends DbSchema> {
  readonly nats: BusConnection;
  /** The only way to publish (STYLE.md rule 4): `outbox.add(tx, events)`. */
  readonly outbox: Outbox;
  readonly catalog: EventCatalog;
  /** Readiness of the NATS connection, for `buildServiceApp({ readiness })`. */
  readonly readiness: ReadinessCheck;
  /** Starts a durable consumer; it is stopped (drained) at shutdown before the relay. */
  consume(spec: ConsumerSpec<S>): Promise<EventConsumer>;
}

/** Options of {@link connectEventBackbone}. */
export interface BackboneOptions<S extends DbSchema> {
  readonly name: string;
  readonly config: BaseServiceConfig;
  readonly logger: Logger;
  readonly database: Database<S>;
  readonly onShutdown: (name: string, close: () => Promise<void>) => void;
  /** Defaults to the hub's catalog. */
  readonly catalog?: EventCatalog;
  /** Subject/stream prefix token; default `yiwang` (tests use a unique one). */
  readonly prefix?: string;
}

/**
 * Connects a service to NATS (reconnecting forever), provisions the streams, starts the outbox
 * relay and returns the outbox and a way to start consumers. Shutdown order, registered here:
 * consumers drain, then the relay stops, then NATS drains.
 */
export async function connectEventBackbone<S extends DbSchema>(
  options: BackboneOptions<S>,
): Promise<EventBackbone<S>> {
  const { name, config, logger, database, onShutdown, prefix } = options;
  const catalog = options.catalog ?? hubCatalog;
  const nats = await retryWhileUnreachable(
    () => connectNats({ servers: config.NATS_URL.split(','), name }),
    { logger, what: 'connect to NATS' },
  );
  onShutdown('nats', () => nats.close());
  await provisionStreams(nats.jsm, {
    replicas: config.BUS_STREAM_REPLICAS,
    duplicateWindowMs: 120_000,
    ...(prefix === undefined ? {} : { prefix }),
  });
  const relay = createRelay({
    pool: database.pool,
    nats,
    logger,
    retentionMs: config.BUS_OUTBOX_RETENTION_HOURS * 3_600_000,
    inboxRetentionMs: config.BUS_INBOX_RETENTION_HOURS * 3_600_000,
  });
  relay.start();
  onShutdown('outbox relay', () => relay.stop());
  const consumers: string[] = [];
  observeBusMetrics(metrics.getMeter('yiwang.bus'), {
    pool: database.pool,
    nats,
    consumers: () => consumers,
    ...(prefix === undefined ? {} : { prefix }),
  });
  return {
    nats,
    outbox: createOutbox({ catalog, ...(prefix === undefined ? {} : { prefix }) }),
    catalog,
    readiness: natsReadiness(nats.nc),
    async consume(spec) {
      const consumer = createConsumer<S>({
        ...spec,
        nats,
        db: database.db,
        catalog,
        logger,
        ...(prefix === undefined ? {} : { prefix }),
      });
      await consumer.start();
      consumers.push(spec.name);
      onShutdown(`consumer ${spec.name}`, () => consumer.stop());
      return consumer;
    },
  };
}
