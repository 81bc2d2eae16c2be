import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import type { BusNames } from '../naming.js';

/** Headers the bus adds to a dead letter, next to the original message's own headers. */
export const DLQ_HEADERS = {
  reason: 'yiwang-dlq-reason',
  consumer: 'yiwang-dlq-consumer',
  deliveries: 'yiwang-dlq-deliveries',
  subject: 'yiwang-dlq-subject',
  stream: 'yiwang-dlq-stream',
  streamSeq: 'yiwang-dlq-stream-seq',
  msgId: 'yiwang-dlq-msg-id',
  time: 'yiwang-dlq-time',
} as const;

/** A header value on one line and of bounded size (NATS headers are line-based). */
function headerValue(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').slice(0, 2_000);
}

/**
 * Publishes `msg` to the dead-letter stream with its original body and headers, plus why it
 * failed, which consumer gave up and after how many deliveries. Its `Nats-Msg-Id` is the
 * consumer and stream position, so a consumer that dies between this publish and `term()`
 * does not dead-letter the same delivery twice.
 */
export async function publishDeadLetter(
  js: JetStreamClient,
  names: BusNames,
  msg: JsMsg,
  consumer: string,
  reason: string,
): Promise<void> {
  const h = natsHeaders();
  for (const [key, values] of msg.headers ?? []) {
    if (key.toLowerCase() === 'nats-msg-id') {
      h.set(DLQ_HEADERS.msgId, values.join(','));
      continue;
    }
    if (key.toLowerCase().startsWith('nats-')) continue;
    for (const value of values) h.append(key, value);
  }
  const { stream, streamSequence, deliveryCount } = msg.info;
  h.set(DLQ_HEADERS.reason, headerValue(reason));
  h.set(DLQ_HEADERS.consumer, consumer);
  h.set(DLQ_HEADERS.deliveries, String(deliveryCount));
  h.set(DLQ_HEADERS.subject, msg.subject);
  h.set(DLQ_HEADERS.stream, stream);
  h.set(DLQ_HEADERS.streamSeq, String(streamSequence));
  h.set(DLQ_HEADERS.time, new Date().toISOString());
  await js.publish(names.dlqSubject(consumer, msg.subject), msg.data, {
    msgID: `dlq:${consumer}:${stream}:${streamSequence}`,
    headers: h,
  });
}
