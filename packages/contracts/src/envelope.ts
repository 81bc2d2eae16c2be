import { Type, type TSchema } from '@sinclair/typebox';
import { RegionCodeSchema } from './values/region.js';
import { TimestampSchema } from './values/time.js';
import { UsccSchema } from './values/uscc.js';

/** Who may receive an event (ARCHITECTURE.md §3, §6). */
export type Classification = 'public' | 'internal' | 'restricted';

/** Every classification, from least to most confidential. */
export const CLASSIFICATIONS = [
  'public',
  'internal',
  'restricted',
] as const satisfies readonly Classification[];

/** The bounded contexts that publish events; `iot` is the context of the `iot-ingest` service. */
export const CONTEXTS = [
  'complaints',
  'hazards',
  'credit',
  'permits',
  'insurance',
  'iot',
  'exchange',
] as const;

/** One of {@link CONTEXTS}. */
export type Context = (typeof CONTEXTS)[number];

/** The service that owns (and is the CloudEvents `source` of) each context. */
export const CONTEXT_SERVICES: Readonly<Record<Context, string>> = {
  complaints: 'complaints',
  hazards: 'hazards',
  credit: 'credit',
  permits: 'permits',
  insurance: 'insurance',
  iot: 'iot-ingest',
  exchange: 'exchange',
};

/** Media type of a structured-mode CloudEvent in a NATS message body. */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';

/** CloudEvents 1.0 structured-mode envelope (ARCHITECTURE.md §3). */
export interface CloudEvent<T = unknown> {
  /** Always `1.0`. */
  specversion: '1.0';
  /** UUIDv7; also the `Nats-Msg-Id` header, so JetStream drops duplicate publishes. */
  id: string;
  /** `yiwang.<context>.<aggregate>.<event>.v<N>`. */
  type: string;
  /** `/yiwang/<service>`. */
  source: string;
  /** The aggregate id. */
  subject: string;
  /** RFC 3339 business time: when it happened. */
  time: string;
  /** Always `application/json`. */
  datacontenttype: 'application/json';
  /** Catalog schema id, `urn:yiwang:schema:<context>.<aggregate>.<event>.v<N>`. */
  dataschema: string;
  /** 6-digit GB/T 2260 region code. */
  region: string;
  /** USCC of the enterprise the event concerns, when there is one. */
  enterprise?: string;
  /** Per-aggregate version, ≥ 1. */
  sequence: number;
  /** Who may receive the event. */
  classification: Classification;
  /** W3C trace context. */
  traceparent?: string;
  /** W3C trace state. */
  tracestate?: string;
  /** Id shared by every event of one business flow (defaults to the first event's id). */
  correlationid: string;
  /** Id of the event or command that caused this one. */
  causationid?: string;
  /** The event's payload, described by the catalog schema. */
  data: T;
}

/** Pattern of a UUIDv7 in its lower-case canonical form (RFC 9562). */
export const UUID_V7_PATTERN =
  '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
/** Pattern of an event type: `yiwang.<context>.<aggregate>.<event>.v<N>`. */
export const EVENT_TYPE_PATTERN =
  '^yiwang\\.[a-z][a-z0-9]*\\.[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*\\.v[1-9][0-9]*$';
/** Pattern of an id (aggregate ids, correlation and causation ids). */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$';
/** W3C Trace Context `traceparent` (version 00 layout). */
export const TRACEPARENT_PATTERN = '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$';

/** Builds the envelope schema around a data schema (used for the catalog and AsyncAPI). */
export function envelopeSchema<D extends TSchema>(
  data: D,
  fixed: {
    type?: string;
    source?: string;
    dataschema?: string;
    classification?: Classification;
  } = {},
) {
  const str = (value: string | undefined, base: TSchema) =>
    value === undefined ? base : Type.Literal(value);
  return Type.Object(
    {
      specversion: Type.Literal('1.0'),
      id: Type.String({ pattern: UUID_V7_PATTERN, description: 'UUIDv7 (RFC 9562)' }),
      type: str(fixed.type, Type.String({ pattern: EVENT_TYPE_PATTERN })),
      source: str(fixed.source, Type.String({ pattern: '^/yiwang/[a-z][a-z0-9-]*$' })),
      subject: Type.String({ pattern: ID_PATTERN, description: 'Aggregate id' }),
      time: TimestampSchema,
      datacontenttype: Type.Literal('application/json'),
      dataschema: str(
        fixed.dataschema,
        Type.String({ pattern: '^urn:yiwang:schema:[a-z][a-z0-9.-]*\\.v[1-9][0-9]*$' }),
      ),
      region: RegionCodeSchema,
      enterprise: Type.Optional(UsccSchema),
      sequence: Type.Integer({ minimum: 1, description: 'Per-aggregate version' }),
      classification: fixed.classification
        ? Type.Literal(fixed.classification)
        : Type.Union(CLASSIFICATIONS.map((c) => Type.Literal(c))),
      traceparent: Type.Optional(Type.String({ pattern: TRACEPARENT_PATTERN })),
      tracestate: Type.Optional(Type.String({ maxLength: 512 })),
      correlationid: Type.String({ pattern: ID_PATTERN }),
      causationid: Type.Optional(Type.String({ pattern: ID_PATTERN })),
      data,
    },
    { additionalProperties: false },
  );
}

/** Closed TypeBox schema of the CloudEvents envelope with `data: unknown`. */
export const CloudEventEnvelope: TSchema = envelopeSchema(Type.Unknown());
