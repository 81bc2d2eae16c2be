import type { CloudEvent, EventCatalog } from '@yiwang/contracts';
import { eventSubject } from '@yiwang/contracts';
import { OutboxEventInvalidError } from '../errors.js';
import type { busOutbox } from '../schema.js';
import { activeTraceFields } from '../trace-context.js';

type OutboxInsert = typeof busOutbox.$inferInsert;

/**
 * Outbox rows of `events`: each gets the active span's trace context when it carries none (the
 * producer's span, so the consumer's span joins the request's trace), is validated against the
 * catalog as stored, and gets its subject and the headers the relay publishes with.
 * @throws {OutboxEventInvalidError} at the first invalid event.
 */
export function outboxRows(
  events: readonly CloudEvent[],
  catalog: EventCatalog,
  prefix: string,
): OutboxInsert[] {
  const trace = activeTraceFields();
  return events.map((original, index) => {
    const event: CloudEvent = original.traceparent ? original : { ...original, ...trace };
    const result = catalog.validate(event);
    if (!result.ok) throw new OutboxEventInvalidError(index, result.errors);
    return {
      id: event.id,
      subject: eventSubject(event, prefix),
      type: event.type,
      aggregateId: event.subject,
      payload: event,
      // Few headers on purpose (each costs on every publish): the id travels as Nats-Msg-Id,
      // the rest of the envelope is in the body.
      headers: {
        'ce-type': event.type,
        ...(event.traceparent && { traceparent: event.traceparent }),
        ...(event.tracestate && { tracestate: event.tracestate }),
      },
    };
  });
}
