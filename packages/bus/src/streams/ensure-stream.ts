import {
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { StreamProvisionError } from '../errors.js';

/** What `provisionStreams` did to one stream. */
export interface ProvisionedStream {
  name: string;
  action: 'created' | 'updated' | 'unchanged';
}

/** A stream's wanted configuration. */
export type Wanted = Partial<StreamConfig> & { name?: string };

/**
 * Creates the stream, or updates it when subjects, storage, replicas, duplicate window or max
 * age differ. @throws {StreamProvisionError} wrapping the server's refusal.
 */
export async function ensureStream(
  jsm: JetStreamManager,
  want: Wanted,
): Promise<ProvisionedStream> {
  const name = want.name ?? '';
  try {
    const current = await currentConfig(jsm, name);
    if (!current) {
      await jsm.streams.add({ ...want, name });
      return { name, action: 'created' };
    }
    if (sameConfig(current, want)) return { name, action: 'unchanged' };
    await jsm.streams.update(name, { ...current, ...want });
    return { name, action: 'updated' };
  } catch (error) {
    throw new StreamProvisionError(name, error);
  }
}

async function currentConfig(jsm: JetStreamManager, name: string) {
  try {
    return (await jsm.streams.info(name)).config;
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound) {
      return undefined;
    }
    throw error;
  }
}

function sameConfig(current: StreamConfig, want: Wanted): boolean {
  return (
    current.subjects.join(',') === (want.subjects ?? []).join(',') &&
    current.storage === want.storage &&
    current.num_replicas === want.num_replicas &&
    current.duplicate_window === want.duplicate_window &&
    current.max_age === want.max_age
  );
}
