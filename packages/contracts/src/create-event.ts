import type { Static, TSchema } from '@sinclair/typebox';
import type { EventDefinition } from './define-event.js';
import type { CloudEvent } from './envelope.js';
import { InvalidEventError } from './errors.js';
import { createCatalog } from './catalog/registry.js';
import { schemaIdOf } from './naming.js';

/** What the caller supplies to {@link createEvent}: ids and time are never invented here. */
export interface CreateEventInput<T> {
  /** A UUIDv7, e.g. from `newEventId()`. */
  id: string;
  /** RFC 3339 business time. */
  time: string;
  /** The aggregate id. */
  subject: string;
  /** 6-digit GB/T 2260 region code. */
  region: string;
  /** Per-aggregate version, ≥ 1. */
  sequence: number;
  /** The payload. */
  data: T;
  /** USCC of the enterprise concerned. */
  enterprise?: string;
  /** Defaults to `id` (the event starts a new flow). */
  correlationid?: string;
  /** Id of the event or command that caused this one. */
  causationid?: string;
  /** W3C trace context. */
  traceparent?: string;
  /** W3C trace state. */
  tracestate?: string;
}

/**
 * Builds the CloudEvents envelope of an event of `def` and validates it against the
 * definition (envelope and data), so an invalid event never reaches the outbox.
 * @throws {InvalidEventError} listing what does not match.
 */
export function createEvent<S extends TSchema>(
  def: EventDefinition<S>,
  input: CreateEventInput<Static<S>>,
): CloudEvent<Static<S>> {
  const event: CloudEvent<Static<S>> = {
    specversion: '1.0',
    id: input.id,
    type: def.type,
    source: def.source,
    subject: input.subject,
    time: input.time,
    datacontenttype: 'application/json',
    dataschema: schemaIdOf(def.type),
    region: input.region,
    ...(input.enterprise !== undefined && { enterprise: input.enterprise }),
    sequence: input.sequence,
    classification: def.classification,
    ...(input.traceparent !== undefined && { traceparent: input.traceparent }),
    ...(input.tracestate !== undefined && { tracestate: input.tracestate }),
    correlationid: input.correlationid ?? input.id,
    ...(input.causationid !== undefined && { causationid: input.causationid }),
    data: input.data,
  };
  const result = validatorFor(def).validate(event);
  if (!result.ok) throw new InvalidEventError(def.type, result.errors);
  return event;
}

const single = new WeakMap<EventDefinition, ReturnType<typeof createCatalog>>();
function validatorFor(def: EventDefinition): ReturnType<typeof createCatalog> {
  let catalog = single.get(def);
  if (!catalog) {
    catalog = createCatalog([def]);
    single.set(def, catalog);
  }
  return catalog;
}
