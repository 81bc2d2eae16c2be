// Field projection (ARCHITECTURE.md §6): a department sees only the `data` fields its policy
// grants. A field is a dotted path (`position.lat`) or a JSON pointer (`/position/lat`);
// `*` grants the whole payload. Paths walk objects only; an array is granted whole.

/** A parsed field path: object keys from `data` down. An empty list means the whole payload. */
export type FieldPath = readonly string[];

const segment = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** Parses one policy field into segments, or returns undefined when it is malformed. */
export function parseFieldPath(field: string): FieldPath | undefined {
  if (field === '*') return [];
  const parts = field.startsWith('/')
    ? field
        .slice(1)
        .split('/')
        .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    : field.split('.');
  return parts.length <= 8 && parts.every((p) => segment.test(p)) ? parts : undefined;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Copies only the granted paths of `data`. Absent paths are skipped; nothing outside the
 * paths is ever copied, so a field outside the projection cannot leak through this function.
 */
export function projectData(data: unknown, paths: readonly FieldPath[]): Json {
  if (paths.some((p) => p.length === 0)) return isObject(data) ? structuredClone(data) : {};
  const out: Json = {};
  for (const path of paths) copyPath(data, out, path);
  return out;
}

function copyPath(source: unknown, target: Json, path: FieldPath): void {
  let from: unknown = source;
  let to: Json = target;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i] as string;
    if (!isObject(from) || !Object.hasOwn(from, key)) return;
    const value = from[key];
    if (i === path.length - 1) {
      to[key] = structuredClone(value);
      return;
    }
    if (!isObject(value)) return;
    const next = Object.hasOwn(to, key) && isObject(to[key]) ? to[key] : {};
    to[key] = next;
    to = next;
    from = value;
  }
}

/** Envelope members never shared: internal trace context (ARCHITECTURE.md §3). */
export const WITHHELD_ENVELOPE_MEMBERS = ['traceparent', 'tracestate'] as const;

/** The event as a department receives it: envelope without trace context, projected data. */
export function projectEvent(
  event: Readonly<Record<string, unknown>>,
  paths: readonly FieldPath[],
): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'data' || (WITHHELD_ENVELOPE_MEMBERS as readonly string[]).includes(key)) continue;
    out[key] = value;
  }
  out['data'] = projectData(event['data'], paths);
  return out;
}
