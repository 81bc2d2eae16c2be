import {
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { busNames } from '../naming.js';
import { ensureStream, type ProvisionedStream } from './ensure-stream.js';

/** Options of {@link provisionStreams}. */
export interface StreamOptions {
  /** Subject prefix token (see {@link busNames}); default `yiwang`. */
  prefix?: string;
  /** Stream replicas: 1 on a single node, 3 in a cluster. */
  replicas?: number;
  /** JetStream de-duplication window on `Nats-Msg-Id`; default 2 minutes. */
  duplicateWindowMs?: number;
  /** Age after which events are discarded from context streams; default 0 (keep). */
  maxAgeMs?: number;
  /** Age after which dead letters are discarded; default 0 (keep until replayed or purged). */
  dlqMaxAgeMs?: number;
}

/**
 * Creates the context streams and the dead-letter stream, or updates them when their config
 * differs; safe to call at every start of every replica. File storage, limits retention.
 * @throws {StreamProvisionError} when the server refuses (e.g. overlapping subjects).
 */
export async function provisionStreams(
  jsm: JetStreamManager,
  options: StreamOptions = {},
): Promise<ProvisionedStream[]> {
  const names = busNames(options.prefix);
  const base = {
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    num_replicas: options.replicas ?? 1,
    duplicate_window: nanos(options.duplicateWindowMs ?? 120_000),
  };
  const wanted: Partial<StreamConfig>[] = names.contexts.map((context) => ({
    ...base,
    name: names.stream(context),
    subjects: [names.subjects(context)],
    max_age: nanos(options.maxAgeMs ?? 0),
  }));
  wanted.push({
    ...base,
    name: names.dlqStream,
    subjects: [names.dlqSubjects],
    max_age: nanos(options.dlqMaxAgeMs ?? 0),
  });
  const done: ProvisionedStream[] = [];
  for (const config of wanted) done.push(await ensureStream(jsm, config));
  return done;
}
