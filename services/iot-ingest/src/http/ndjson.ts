// NDJSON bodies of POST /v1/readings (one reading per line, `application/x-ndjson`). A line
// that is not a reading does not fail the batch: it is remembered and rejected by index
// (`item-malformed`) like any other bad item. Lines are short (a reading is < 200 bytes), so a
// longer line is malformed without being parsed.
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { MalformedBodyError } from '@yiwang/service-kit';
import type { FastifyBodyParser, FastifyRequest } from 'fastify';
import { ReadingItem } from './schemas/readings.js';

const MAX_LINE = 1024;
const isReading = TypeCompiler.Compile(ReadingItem);

/** Where the parser leaves the positions of unreadable lines, per request. */
export type MalformedLines = WeakMap<FastifyRequest, { total: number; malformed: number[] }>;

/** A parser producing `{ readings }` of the readable lines (at most `maxItems` lines). */
export function ndjsonParser(maxItems: number, lines: MalformedLines): FastifyBodyParser<string> {
  return (request, text, done) => {
    const readings: unknown[] = [];
    const malformed: number[] = [];
    let index = 0;
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      if (index >= maxItems) {
        done(
          new MalformedBodyError('REQUEST.INVALID', `At most ${maxItems} readings per batch.`),
          undefined,
        );
        return;
      }
      const item = line.length <= MAX_LINE ? parse(line) : undefined;
      if (item !== undefined && isReading.Check(item)) readings.push(item);
      else malformed.push(index);
      index++;
    }
    lines.set(request, { total: index, malformed });
    done(null, { readings });
  };
}

function parse(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

/** The batch with `undefined` where a line was unreadable, restoring the line indexes. */
export function withMalformed<T>(
  readings: readonly T[],
  info: { total: number; malformed: readonly number[] } | undefined,
): readonly (T | undefined)[] {
  if (info === undefined || info.malformed.length === 0) return readings;
  const out: (T | undefined)[] = new Array<T | undefined>(info.total);
  const bad = new Set(info.malformed);
  let next = 0;
  for (let i = 0; i < info.total; i++) out[i] = bad.has(i) ? undefined : readings[next++];
  return out;
}
