import type { TSchema } from '@sinclair/typebox';
import { CONTEXT_SERVICES, type Classification, type Context } from './envelope.js';
import { InvalidEventDefinitionError } from './errors.js';
import { eventType } from './naming.js';

/** One event type and version of the catalog. */
export interface EventDefinition<S extends TSchema = TSchema> {
  /** Full type, `yiwang.<context>.<aggregate>.<event>.v<version>`. */
  type: string;
  /** Publishing context. */
  context: Context;
  /** Aggregate name, e.g. `hazard`. */
  aggregate: string;
  /** Past-tense event name, e.g. `reported`. */
  event: string;
  /** Major version (a breaking change is a new version). */
  version: number;
  /** Who may receive it. */
  classification: Classification;
  /** CloudEvents `source`, `/yiwang/<service>`. */
  source: string;
  /** What happened, in one or two sentences. */
  description: string;
  /** Closed TypeBox schema of `data`. */
  schema: S;
}

/** Input of {@link defineEvent}; `type` and `source` are derived. */
export interface EventDefinitionInput<S extends TSchema> {
  /** Publishing context. */
  context: Context;
  /** Aggregate name (lower case, hyphens allowed). */
  aggregate: string;
  /** Past-tense event name (lower case, hyphens allowed). */
  event: string;
  /** Major version, default 1. */
  version?: number;
  /** Who may receive it. */
  classification: Classification;
  /** What happened. */
  description: string;
  /** Closed TypeBox object schema of `data`. */
  schema: S;
  /** Overrides the default source `/yiwang/<service of the context>`. */
  source?: string;
}

/**
 * Paths of object schemas inside `schema` that are not closed (`additionalProperties: false`).
 * Events are closed so that a typo or a leaked field is rejected, not silently carried.
 */
export function openObjectPaths(schema: unknown, path = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const found: string[] = [];
  if (node['type'] === 'object' && node['additionalProperties'] !== false) found.push(path || '/');
  const props = node['properties'];
  if (typeof props === 'object' && props !== null) {
    for (const [key, child] of Object.entries(props)) {
      found.push(...openObjectPaths(child, `${path}/${key}`));
    }
  }
  if (node['items'] !== undefined) found.push(...openObjectPaths(node['items'], `${path}/[]`));
  for (const key of ['anyOf', 'allOf', 'oneOf'] as const) {
    const list = node[key];
    if (Array.isArray(list))
      list.forEach((s, i) => found.push(...openObjectPaths(s, `${path}|${i}`)));
  }
  return found;
}

/**
 * Defines an event type for the catalog. The type is built from its parts, the source from the
 * context's service; the schema must be a closed object at every level.
 * @throws {InvalidEventDefinitionError} when a part is malformed or the schema is open.
 */
export function defineEvent<S extends TSchema>(def: EventDefinitionInput<S>): EventDefinition<S> {
  const version = def.version ?? 1;
  let type: string;
  try {
    type = eventType(def.context, def.aggregate, def.event, version);
  } catch (error) {
    throw new InvalidEventDefinitionError(
      `Cannot define ${def.context}.${def.aggregate}.${def.event}.v${version}: ${(error as Error).message}`,
    );
  }
  if (def.schema['type'] !== 'object') {
    throw new InvalidEventDefinitionError(`${type}: data schema must be an object schema.`);
  }
  const open = openObjectPaths(def.schema);
  if (open.length > 0) {
    throw new InvalidEventDefinitionError(
      `${type}: data schema must be closed (additionalProperties: false) at ${open.join(', ')}.`,
    );
  }
  if (def.description.trim() === '') {
    throw new InvalidEventDefinitionError(`${type}: a description is required.`);
  }
  return Object.freeze({
    type,
    context: def.context,
    aggregate: def.aggregate,
    event: def.event,
    version,
    classification: def.classification,
    source: def.source ?? `/yiwang/${CONTEXT_SERVICES[def.context]}`,
    description: def.description,
    schema: def.schema,
  });
}
