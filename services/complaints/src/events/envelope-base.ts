import type { Static, TSchema } from '@sinclair/typebox';
import {
  schemaIdOf,
  type CloudEvent,
  type CreateEventInput,
  type EventDefinition,
} from '@yiwang/contracts';
import type { Report } from '../domain/report/state.js';

/** The envelope of an event without its data. */
export type Base = Omit<CreateEventInput<unknown>, 'data'>;

/** Envelope fields of one event: its id, the report after it, correlation. */
export interface EventEnvelope {
  readonly id: string;
  readonly after: Report;
  readonly correlation?: { correlationid: string; causationid: string } | undefined;
}

/** The envelope of a report event: subject = report id, sequence = the report's version. */
export function reportBase(env: EventEnvelope, time: string): Base {
  const r = env.after;
  return {
    id: env.id,
    time,
    subject: r.id,
    region: r.place.region,
    sequence: r.version,
    ...(r.enterprise.uscc === undefined ? {} : { enterprise: r.enterprise.uscc }),
    ...env.correlation,
  };
}

/** `{ key: value }` when value is defined, else `{}`: optional event fields. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * The CloudEvents envelope `createEvent` builds, WITHOUT its validation: only for events that
 * go straight to the outbox, whose writer (`outbox.add` / `outbox.parts` of @yiwang/bus)
 * validates every event against the catalog before anything is written, so an invalid event
 * still never reaches the outbox. Used by intake (`report.received`), the busiest path, where
 * validating twice cost ~4 % of its CPU (bench/complaints).
 */
export function outboxEvent<S extends TSchema>(
  def: EventDefinition<S>,
  input: CreateEventInput<Static<S>>,
): CloudEvent<Static<S>> {
  return {
    specversion: '1.0',
    id: input.id,
    type: def.type,
    source: def.source,
    subject: input.subject,
    time: input.time,
    datacontenttype: 'application/json',
    dataschema: schemaIds.get(def.type) ?? cacheSchemaId(def.type),
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
}

const schemaIds = new Map<string, string>();
function cacheSchemaId(type: string): string {
  const id = schemaIdOf(type);
  schemaIds.set(type, id);
  return id;
}
