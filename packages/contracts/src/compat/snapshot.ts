import type { EventDefinition } from '../define-event.js';
import type { Classification } from '../envelope.js';

/** JSON Schema as plain data (TypeBox's symbol keys removed). */
export type JsonSchema = { readonly [key: string]: unknown };

/** A released event type as recorded in `snapshot/released.json`. */
export interface SnapshotEntry {
  /** Who may receive it. */
  readonly classification: Classification;
  /** JSON Schema of `data`. */
  readonly schema: JsonSchema;
}

/** The committed record of released event types and their data schemas. */
export interface Snapshot {
  /** Format version of this file. */
  readonly format: 1;
  /** Released event types, keyed by full type, sorted. */
  readonly events: { readonly [type: string]: SnapshotEntry };
}

/** Plain JSON copy of a TypeBox schema (drops symbol keys and functions). */
export function toJsonSchema(schema: unknown): JsonSchema {
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

/** The snapshot of a set of definitions, with types sorted for a stable diff. */
export function toSnapshot(defs: readonly EventDefinition[]): Snapshot {
  const events: Record<string, SnapshotEntry> = {};
  for (const def of [...defs].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
    events[def.type] = { classification: def.classification, schema: toJsonSchema(def.schema) };
  }
  return { format: 1, events };
}

/** Serialises a snapshot the way it is committed (2-space JSON, trailing newline). */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
