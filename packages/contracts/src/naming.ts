import { CONTEXTS, EVENT_TYPE_PATTERN, type Context } from './envelope.js';
import { InvalidEventTypeError } from './errors.js';
import { REGION_CODE_PATTERN } from './values/region.js';

/** The parts of an event type `yiwang.<context>.<aggregate>.<event>.v<version>`. */
export interface EventTypeParts {
  /** The publishing context. */
  readonly context: Context;
  /** Aggregate name, e.g. `hazard`. */
  readonly aggregate: string;
  /** Past-tense event name, e.g. `reported`, `level-revised`. */
  readonly event: string;
  /** Major version, ≥ 1. */
  readonly version: number;
  /** `<context>.<aggregate>.<event>`, e.g. `hazards.hazard.reported`. */
  readonly name: string;
}

const typeRegex = new RegExp(EVENT_TYPE_PATTERN);
const regionRegex = new RegExp(REGION_CODE_PATTERN);
const tokenRegex = /^[a-z][a-z0-9-]*$/;

function isContext(value: string): value is Context {
  return (CONTEXTS as readonly string[]).includes(value);
}

/**
 * Splits an event type into its parts.
 * @throws {InvalidEventTypeError} when the type is malformed or names an unknown context.
 */
export function parseEventType(type: string): EventTypeParts {
  if (!typeRegex.test(type)) {
    throw new InvalidEventTypeError(
      type,
      'expected yiwang.<context>.<aggregate>.<event>.v<N> in lower case',
    );
  }
  const [, context = '', aggregate = '', event = '', v = ''] = type.split('.');
  if (!isContext(context)) {
    throw new InvalidEventTypeError(type, `unknown context "${context}" (${CONTEXTS.join(', ')})`);
  }
  return {
    context,
    aggregate,
    event,
    version: Number(v.slice(1)),
    name: `${context}.${aggregate}.${event}`,
  };
}

/** Builds the full type `yiwang.<context>.<aggregate>.<event>.v<version>`. */
export function eventType(
  context: Context,
  aggregate: string,
  event: string,
  version: number,
): string {
  const type = `yiwang.${context}.${aggregate}.${event}.v${version}`;
  if (!tokenRegex.test(aggregate) || !tokenRegex.test(event) || !Number.isInteger(version)) {
    throw new InvalidEventTypeError(
      type,
      'aggregate and event are lower-case words joined by hyphens, version is an integer ≥ 1',
    );
  }
  parseEventType(type);
  return type;
}

/** The context that publishes `type`. @throws {InvalidEventTypeError} */
export function contextOf(type: string): Context {
  return parseEventType(type).context;
}

/** Catalog schema id of an event type (the CloudEvents `dataschema`). */
export function schemaIdOf(type: string): string {
  const { name, version } = parseEventType(type);
  return `urn:yiwang:schema:${name}.v${version}`;
}

/**
 * NATS subject of an event: `<prefix>.<context>.<aggregate>.<event>.<region>`. The version is
 * not in the subject: v1 and v2 of an event share it and consumers select by `type`.
 * @throws {InvalidEventTypeError} when the type or region is malformed.
 */
export function eventSubject(
  event: { readonly type: string; readonly region: string },
  prefix = 'yiwang',
): string {
  const { name } = parseEventType(event.type);
  if (!regionRegex.test(event.region)) {
    throw new InvalidEventTypeError(
      event.type,
      `region "${event.region}" is not a 6-digit GB/T 2260 code`,
    );
  }
  return `${prefix}.${name}.${event.region}`;
}

/** Subject filter of every event of a context, e.g. `yiwang.hazards.>` (the stream's subjects). */
export function contextSubjects(context: Context, prefix = 'yiwang'): string {
  return `${prefix}.${context}.>`;
}

/** JetStream stream holding a context's events: `YIWANG_HAZARDS`, `YIWANG_IOT`. */
export function streamName(context: Context, prefix = 'YIWANG'): string {
  return `${prefix}_${context.toUpperCase()}`;
}
