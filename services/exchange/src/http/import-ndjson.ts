// NDJSON bulk-import bodies: one JSON object per line, numbered by line. Lines nested too
// deep or carrying prototype keys are row errors, never a crash (hostile bodies get a 4xx).
import type { RawRow } from './import-parsers.js';

/** NDJSON lines as values (a line that is not JSON, or too deep, is a row error). */
export function parseNdjson(text: string, maxDepth: number): RawRow[] {
  const out: RawRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    if (tooDeep(line, maxDepth)) {
      out.push({ row: i + 1, value: undefined, error: `nested deeper than ${maxDepth} levels` });
      return;
    }
    try {
      out.push({ row: i + 1, value: JSON.parse(line, noProto) as unknown });
    } catch (error) {
      out.push({
        row: i + 1,
        value: undefined,
        error: error instanceof ProtoKey ? error.message : 'not valid JSON',
      });
    }
  });
  return out;
}

class ProtoKey extends Error {}

function noProto(key: string, value: unknown): unknown {
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
    throw new ProtoKey(`the key "${key}" is not allowed`);
  }
  return value;
}

function tooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      depth += 1;
      if (depth > max) return true;
    } else if (ch === '}' || ch === ']') depth -= 1;
  }
  return false;
}
