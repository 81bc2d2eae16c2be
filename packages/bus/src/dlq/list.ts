import type { JetStreamManager, StoredMsg } from '@nats-io/jetstream';
import { busNames } from '../naming.js';
import { DLQ_HEADERS } from './dead-letter.js';

/** A message in the dead-letter stream. */
export interface DeadLetter {
  /** Sequence in the dead-letter stream: what `replayDeadLetter` takes. */
  seq: number;
  consumer: string;
  reason: string;
  deliveries: number;
  /** The subject the event was consumed from. */
  originalSubject: string;
  /** The event id (the original `Nats-Msg-Id`), when the original message carried one. */
  eventId: string | undefined;
  deadAt: Date;
  /** The original body (a CloudEvent, unless the body was the problem). */
  body: string;
  /** The original headers (first value of each) and the `yiwang-dlq-*` ones. */
  headers: Record<string, string>;
}

/** Where the dead-letter stream is. */
export interface DeadLetterAdminOptions {
  jsm: JetStreamManager;
  /** Subject prefix token; default `yiwang`. */
  prefix?: string;
}

/** Lists dead letters oldest first, optionally of one consumer, at most `limit` (100). */
export async function listDeadLetters(
  options: DeadLetterAdminOptions & { consumer?: string; limit?: number },
): Promise<DeadLetter[]> {
  const stream = busNames(options.prefix).dlqStream;
  const { state } = await options.jsm.streams.info(stream);
  const found: DeadLetter[] = [];
  if (state.messages === 0) return found;
  for (let seq = state.first_seq; seq <= state.last_seq; seq += 1) {
    const stored = await options.jsm.streams.getMessage(stream, { seq });
    if (!stored) continue; // deleted after a replay
    const letter = toDeadLetter(stored);
    if (options.consumer && letter.consumer !== options.consumer) continue;
    found.push(letter);
    if (found.length >= (options.limit ?? 100)) break;
  }
  return found;
}

/** A dead letter from its stored message. */
export function toDeadLetter(stored: StoredMsg): DeadLetter {
  const get = (key: string) => stored.header?.get(key) ?? '';
  return {
    seq: stored.seq,
    consumer: get(DLQ_HEADERS.consumer),
    reason: get(DLQ_HEADERS.reason),
    deliveries: Number(get(DLQ_HEADERS.deliveries)),
    originalSubject: get(DLQ_HEADERS.subject),
    eventId: get(DLQ_HEADERS.msgId) || undefined,
    deadAt: new Date(get(DLQ_HEADERS.time) || stored.time),
    body: stored.string(),
    headers: Object.fromEntries([...(stored.header ?? [])].map(([k, v]) => [k, v[0] ?? ''])),
  };
}
