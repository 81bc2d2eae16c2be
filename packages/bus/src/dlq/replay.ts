import type { JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { DeadLetterNotFoundError } from '../errors.js';
import { busNames } from '../naming.js';
import {
  listDeadLetters,
  toDeadLetter,
  type DeadLetter,
  type DeadLetterAdminOptions,
} from './list.js';

/**
 * Republishes a dead letter's original event to its original subject and removes it from the
 * dead-letter stream (unless `keep`). The new `Nats-Msg-Id` is `<event id>:replay:<dlq seq>`:
 * the original id would be dropped by the stream's duplicate window if the event died recently;
 * consumers that had already applied the event skip it through their inbox (same event id).
 * @throws {DeadLetterNotFoundError}
 */
export async function replayDeadLetter(
  options: DeadLetterAdminOptions & { js: JetStreamClient; seq: number; keep?: boolean },
): Promise<DeadLetter> {
  const stream = busNames(options.prefix).dlqStream;
  const stored = await options.jsm.streams.getMessage(stream, { seq: options.seq });
  if (!stored) throw new DeadLetterNotFoundError(options.seq);
  const letter = toDeadLetter(stored);
  const h = natsHeaders();
  for (const [key, values] of stored.header ?? []) {
    if (key.startsWith('yiwang-dlq-') || key.toLowerCase().startsWith('nats-')) continue;
    for (const value of values) h.append(key, value);
  }
  await options.js.publish(letter.originalSubject, stored.data, {
    msgID: `${letter.eventId ?? `dlq-${stream}`}:replay:${options.seq}`,
    headers: h,
  });
  if (!options.keep) await options.jsm.streams.deleteMessage(stream, options.seq);
  return letter;
}

/** Replays every dead letter (of one consumer, when given), oldest first. */
export async function replayDeadLetters(
  options: DeadLetterAdminOptions & { js: JetStreamClient; consumer?: string },
): Promise<DeadLetter[]> {
  const letters = await listDeadLetters({ ...options, limit: Number.POSITIVE_INFINITY });
  for (const letter of letters) await replayDeadLetter({ ...options, seq: letter.seq });
  return letters;
}
