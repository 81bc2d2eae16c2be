import type { Meter, ObservableResult } from '@opentelemetry/api';
import { busNames, outboxLag, type BusConnection } from '@yiwang/bus';
import type pg from 'pg';

/** What the bus gauges read when a scrape asks. */
export interface BusMetricSources {
  readonly pool: pg.Pool;
  readonly nats: Pick<BusConnection, 'jsm'>;
  /** Subject/stream prefix token; default `yiwang`. */
  readonly prefix?: string;
  /** The names of the durable consumers this service runs (they grow as consumers start). */
  readonly consumers: () => readonly string[];
}

/**
 * Registers the event backbone's gauges (ARCHITECTURE.md §7: outbox lag, consumer lag, DLQ
 * size), read from PostgreSQL and JetStream at each collection, never on the hot path:
 * `yiwang_outbox_pending` / `yiwang_outbox_oldest_age_ms`; per consumer
 * `yiwang_consumer_pending` (not yet delivered plus delivered but unacknowledged) and
 * `yiwang_dlq_messages`. A source that fails to answer is skipped for that collection.
 */
export function observeBusMetrics(meter: Meter, sources: BusMetricSources): void {
  const names = busNames(sources.prefix);
  const pending = meter.createObservableGauge('yiwang.outbox.pending', {
    description: 'outbox rows not yet published',
  });
  const oldest = meter.createObservableGauge('yiwang.outbox.oldest_age_ms', {
    description: 'age of the oldest unpublished outbox row (outbox lag)',
  });
  meter.addBatchObservableCallback(
    async (result) => {
      const lag = await outboxLag(sources.pool).catch(() => undefined);
      if (!lag) return;
      result.observe(pending, lag.pending);
      result.observe(oldest, lag.oldestMs);
    },
    [pending, oldest],
  );
  meter
    .createObservableGauge('yiwang.consumer.pending', {
      description: 'events waiting for a consumer: undelivered plus unacknowledged',
    })
    .addCallback((result) =>
      observeConsumers(
        result,
        sources,
        names.contexts.map((c) => names.stream(c)),
      ),
    );
  meter
    .createObservableGauge('yiwang.dlq.messages', {
      description: 'dead letters of a consumer waiting in the dead-letter stream',
    })
    .addCallback((result) => observeDeadLetters(result, sources, names));
}

async function observeConsumers(
  result: ObservableResult,
  sources: BusMetricSources,
  streams: readonly string[],
): Promise<void> {
  for (const consumer of new Set(sources.consumers())) {
    let total: number | undefined;
    for (const stream of streams) {
      const info = await sources.nats.jsm.consumers.info(stream, consumer).catch(() => undefined);
      if (info) total = (total ?? 0) + info.num_pending + info.num_ack_pending;
    }
    if (total !== undefined) result.observe(total, { consumer });
  }
}

async function observeDeadLetters(
  result: ObservableResult,
  sources: BusMetricSources,
  names: ReturnType<typeof busNames>,
): Promise<void> {
  for (const consumer of new Set(sources.consumers())) {
    const filter = `${names.dlqSubject(consumer, '>')}`;
    const info = await sources.nats.jsm.streams
      .info(names.dlqStream, { subjects_filter: filter })
      .catch(() => undefined);
    if (!info) continue;
    const counts = Object.values(info.state.subjects ?? {});
    result.observe(
      counts.reduce((sum, n) => sum + n, 0),
      { consumer },
    );
  }
}
