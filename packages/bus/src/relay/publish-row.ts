import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { CLOUDEVENTS_CONTENT_TYPE } from '@yiwang/contracts';
import { busTracer, contextFromTraceFields, traceFieldsOf } from '../trace-context.js';

/** An outbox row as the relay reads it: the payload stays JSON text, never re-serialised. */
export interface OutboxRecord {
  id: string;
  subject: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * Publishes one outbox row with `msgID` = event id (JetStream drops a duplicate within the
 * stream's window) inside a `send` span that is a child of the producer's span, whose context
 * replaces `traceparent` in the headers so the consumer's span becomes its child.
 */
export async function publishRow(
  js: JetStreamClient,
  row: OutboxRecord,
  timeoutMs: number,
): Promise<PubAck> {
  const parent = contextFromTraceFields(row.headers);
  const span = busTracer().startSpan(
    `send ${row.headers['ce-type'] ?? row.subject}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'messaging.system': 'nats',
        'messaging.operation.type': 'send',
        'messaging.destination.name': row.subject,
        'messaging.message.id': row.id,
      },
    },
    parent,
  );
  const h = natsHeaders();
  for (const [key, value] of Object.entries(row.headers)) h.set(key, value);
  const { traceparent, tracestate } = traceFieldsOf(span.spanContext());
  if (traceparent) h.set('traceparent', traceparent);
  if (tracestate) h.set('tracestate', tracestate);
  h.set('content-type', CLOUDEVENTS_CONTENT_TYPE);
  try {
    const ack = await js.publish(row.subject, row.body, {
      msgID: row.id,
      headers: h,
      timeout: timeoutMs,
    });
    if (ack.duplicate) span.setAttribute('messaging.nats.duplicate', true);
    return ack;
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
    throw error;
  } finally {
    span.end();
  }
}
