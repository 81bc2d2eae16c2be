// Example data for an event definition, built from its schema: every field present (optional
// ones too), enums take their first value, patterned strings their `examples[0]`. For tests
// (of this package, the bus, services) and for documentation.
import type { Static, TSchema } from '@sinclair/typebox';
import type { EventDefinition } from './define-event.js';
import { ID_PATTERN } from './envelope.js';

function exampleOf(node: Record<string, unknown>, name: string): unknown {
  if ('const' in node) return node['const'];
  const examples = node['examples'];
  if (Array.isArray(examples) && examples.length > 0) return examples[0];
  const anyOf = node['anyOf'];
  if (Array.isArray(anyOf) && anyOf.length > 0) {
    return exampleOf(anyOf[0] as Record<string, unknown>, name);
  }
  switch (node['type']) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(
        (node['properties'] ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        out[key] = exampleOf(child, key);
      }
      return out;
    }
    case 'array': {
      const min = typeof node['minItems'] === 'number' ? node['minItems'] : 1;
      const item = node['items'] as Record<string, unknown>;
      return Array.from({ length: Math.max(min, 1) }, () => exampleOf(item, name));
    }
    case 'integer':
    case 'number': {
      const min = node['minimum'] ?? node['exclusiveMinimum'];
      const max = node['maximum'];
      const base = typeof min === 'number' ? Math.ceil(min) + 1 : 1;
      return typeof max === 'number' ? Math.min(base, max) : base;
    }
    case 'boolean':
      return false;
    case 'string': {
      if (node['pattern'] === ID_PATTERN) return `${name}-1`;
      const max = typeof node['maxLength'] === 'number' ? node['maxLength'] : 20;
      return `example ${name}`.slice(0, max);
    }
    default:
      return null;
  }
}

/**
 * Example `data` for a definition: valid against its schema (checked by this package's
 * tests for every event in the catalog), with every optional field filled in.
 */
export function exampleData<S extends TSchema>(def: EventDefinition<S>): Static<S> {
  return exampleOf(def.schema, def.aggregate);
}
