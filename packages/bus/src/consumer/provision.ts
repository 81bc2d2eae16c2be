import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  type ConsumerConfig,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { ConsumerProvisionError } from '../errors.js';
import type { StreamFilters } from './subjects.js';

/** The server-side settings of a durable consumer. */
export interface DurableSettings {
  name: string;
  ackWaitMs: number;
  /** Server `max_deliver`; the bus sets one more than the policy (see createConsumer). */
  maxDeliver: number;
  maxAckPending: number;
  /** Whether the server takes several filter subjects (`filter_subjects`, nats-server ≥ 2.10). */
  multiFilter: boolean;
}

/**
 * Creates the durable pull consumer on one stream, or updates it when its settings differ.
 * Returns the filters the client must still apply itself: on a 2.9 server a consumer with
 * several filters on one stream reads the whole context and the bus drops what does not match.
 * @throws {ConsumerProvisionError} when the server refuses.
 */
export async function provisionDurable(
  jsm: JetStreamManager,
  plan: StreamFilters,
  settings: DurableSettings,
): Promise<string[] | undefined> {
  const single = plan.filters.length === 1 ? plan.filters[0] : undefined;
  const local = single !== undefined || settings.multiFilter ? undefined : plan.filters;
  const filter: Partial<ConsumerConfig> =
    single !== undefined
      ? { filter_subject: single }
      : settings.multiFilter
        ? { filter_subjects: plan.filters }
        : { filter_subject: `${plan.filters[0]?.split('.').slice(0, 2).join('.')}.>` };
  const want: Partial<ConsumerConfig> = {
    ack_wait: nanos(settings.ackWaitMs),
    max_deliver: settings.maxDeliver,
    max_ack_pending: settings.maxAckPending,
    ...filter,
  };
  try {
    const current = await currentConfig(jsm, plan.stream, settings.name);
    if (!current) {
      await jsm.consumers.add(plan.stream, {
        ...want,
        durable_name: settings.name,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
      });
    } else if (differs(current, want)) {
      await jsm.consumers.update(plan.stream, settings.name, want);
    }
  } catch (error) {
    throw new ConsumerProvisionError(plan.stream, settings.name, error);
  }
  return local;
}

async function currentConfig(jsm: JetStreamManager, stream: string, name: string) {
  try {
    return (await jsm.consumers.info(stream, name)).config;
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound) {
      return undefined;
    }
    throw error;
  }
}

function differs(current: ConsumerConfig, want: Partial<ConsumerConfig>): boolean {
  return (
    current.ack_wait !== want.ack_wait ||
    current.max_deliver !== want.max_deliver ||
    current.max_ack_pending !== want.max_ack_pending ||
    (current.filter_subject ?? '') !== (want.filter_subject ?? '') ||
    (current.filter_subjects ?? []).join(',') !== (want.filter_subjects ?? []).join(',')
  );
}
