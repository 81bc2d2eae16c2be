import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import type { ValueError } from '@sinclair/typebox/value';
import type { EventDefinition } from '../define-event.js';
import { CloudEventEnvelope, envelopeSchema, type CloudEvent } from '../envelope.js';
import { InvalidEventDefinitionError } from '../errors.js';
import { schemaIdOf } from '../naming.js';
import { semanticErrors } from './semantic.js';

/** Outcome of {@link EventCatalog.validate}. */
export type ValidationResult = { ok: true; event: CloudEvent } | { ok: false; errors: string[] };

/** A set of event definitions, looked up and validated by type. */
export interface EventCatalog {
  /** Every definition, in registration order. */
  all(): EventDefinition[];
  /** The definition of a full type (`yiwang.hazards.hazard.reported.v1`), if known. */
  get(type: string): EventDefinition | undefined;
  /**
   * Validates envelope + data against the definition of the event's type: the closed
   * envelope, the fixed `type`/`source`/`dataschema`/`classification`, the closed data schema,
   * USCC check digits and real dates. An unknown type is an error.
   */
  validate(event: unknown): ValidationResult;
}

function formatErrors(errors: Iterable<ValueError>, limit = 20): string[] {
  const out: string[] = [];
  for (const e of errors) {
    out.push(`${e.path || '/'}: ${e.message}`);
    if (out.length >= limit) break;
  }
  return out;
}

/** Full schema of a definition's events: the envelope with its fixed fields and data schema. */
export function definitionEnvelopeSchema(def: EventDefinition): TSchema {
  return envelopeSchema(def.schema, {
    type: def.type,
    source: def.source,
    dataschema: schemaIdOf(def.type),
    classification: def.classification,
  });
}

/**
 * Creates a catalog from definitions.
 * @throws {InvalidEventDefinitionError} when two definitions share a type.
 */
export function createCatalog(defs: readonly EventDefinition[]): EventCatalog {
  const byType = new Map<string, EventDefinition>();
  for (const def of defs) {
    if (byType.has(def.type)) {
      throw new InvalidEventDefinitionError(`Event type ${def.type} is defined twice.`);
    }
    byType.set(def.type, def);
  }
  const list = [...byType.values()];
  const compiled = new Map<string, TypeCheck<TSchema>>();
  const envelope = TypeCompiler.Compile(CloudEventEnvelope);

  const checkerFor = (def: EventDefinition): TypeCheck<TSchema> => {
    let check = compiled.get(def.type);
    if (!check) {
      check = TypeCompiler.Compile(definitionEnvelopeSchema(def));
      compiled.set(def.type, check);
    }
    return check;
  };

  return {
    all: () => [...list],
    get: (type) => byType.get(type),
    validate(event) {
      const type =
        typeof event === 'object' && event !== null
          ? (event as { type?: unknown }).type
          : undefined;
      const def = typeof type === 'string' ? byType.get(type) : undefined;
      if (!def) {
        // Report envelope problems first; a well-formed envelope of an unknown type is an error too.
        if (!envelope.Check(event))
          return { ok: false, errors: formatErrors(envelope.Errors(event)) };
        return { ok: false, errors: [`/type: unknown event type "${String(type)}"`] };
      }
      const check = checkerFor(def);
      if (!check.Check(event)) return { ok: false, errors: formatErrors(check.Errors(event)) };
      const semantic = semanticErrors(check.Schema(), event);
      if (semantic.length > 0) return { ok: false, errors: semantic };
      return { ok: true, event: event as CloudEvent };
    },
  };
}
