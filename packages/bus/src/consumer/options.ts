import type { NatsConnection } from '@nats-io/transport-node';
import { BusConfigError } from '../errors.js';
import { silentLogger } from '../logger.js';
import type { DurableSettings } from './provision.js';
import type { ConsumerOptions, DbSchema } from './types.js';

/** Fills in the defaults of a consumer. @throws {BusConfigError} on out-of-range values. */
export function consumerSettings<S extends DbSchema>(options: ConsumerOptions<S>) {
  const o = {
    ...options,
    prefix: options.prefix ?? 'yiwang',
    maxDeliver: options.maxDeliver ?? 5,
    ackWaitMs: options.ackWaitMs ?? 30_000,
    backoffMs: options.backoffMs ?? [1_000, 5_000, 30_000],
    concurrency: options.concurrency ?? 8,
    logger: options.logger ?? silentLogger,
  };
  if (!/^[A-Za-z0-9_-]+$/.test(o.name)) {
    throw new BusConfigError(`Consumer name "${o.name}" must be letters, digits, - or _`);
  }
  if (o.maxDeliver < 1 || o.concurrency < 1 || o.filterSubjects.length === 0) {
    throw new BusConfigError('maxDeliver and concurrency must be ≥ 1, with ≥ 1 filter subject');
  }
  return o;
}

/** The server-side settings of the durable consumer, for the server `nc` is connected to. */
export function durableSettings(
  o: Pick<ReturnType<typeof consumerSettings>, 'name' | 'ackWaitMs' | 'maxDeliver' | 'concurrency'>,
  nc: Pick<NatsConnection, 'info'>,
): DurableSettings {
  const [major = 0, minor = 0] = (nc.info?.version ?? '0.0').split('.').map(Number);
  return {
    name: o.name,
    ackWaitMs: o.ackWaitMs,
    // One delivery beyond the policy: if the last attempt crashed or its dead-letter publish
    // failed, that spare delivery dead-letters the event instead of losing it silently.
    maxDeliver: o.maxDeliver + 1,
    maxAckPending: Math.max(100, o.concurrency * 4),
    multiFilter: major > 2 || (major === 2 && minor >= 10),
  };
}
