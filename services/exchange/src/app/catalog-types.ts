// What policy validation needs from the event catalog: a type's classification and whether a
// field path exists in its data schema (walking TypeBox object properties).
import { catalog } from '@yiwang/contracts';
import type { TypeInfo } from '../domain/policy-validation.js';

type Node = { properties?: Record<string, Node>; anyOf?: Node[] };

function hasPath(schema: Node, path: readonly string[]): boolean {
  if (path.length === 0) return true;
  const [head, ...rest] = path;
  if (schema.anyOf !== undefined) return schema.anyOf.some((s) => hasPath(s, path));
  const child = head === undefined ? undefined : schema.properties?.[head];
  return (
    child !== undefined &&
    Object.hasOwn(schema.properties ?? {}, head ?? '') &&
    hasPath(child, rest)
  );
}

/** The catalog's view of an event type, for `policyProblems`. */
export function describeType(type: string): TypeInfo | undefined {
  const def = catalog.get(type);
  if (def === undefined) return undefined;
  return {
    classification: def.classification,
    hasField: (path) => hasPath(def.schema as unknown as Node, path),
  };
}
