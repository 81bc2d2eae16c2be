// Parsers of bulk-import bodies: CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF,
// a header row naming the columns) and NDJSON (one JSON object per line). Each row becomes a
// plain object, validated afterwards like a PUT body; rows are numbered as a spreadsheet
// shows them (CSV: the header is row 1) or by line (NDJSON).
import { DomainError } from '@yiwang/service-kit';

/** A raw row before validation. */
export interface RawRow {
  readonly row: number;
  readonly value: unknown;
  readonly error?: string;
}

const malformed = (detail: string) => new DomainError('EXCHANGE.IMPORT_MALFORMED', detail);

/** Splits CSV text into records of fields. @throws EXCHANGE.IMPORT_MALFORMED */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw malformed('The CSV ends inside a quoted field.');
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** CSV rows as objects keyed by the header; numeric columns are converted. */
export function parseCsv(text: string, numeric: readonly string[]): RawRow[] {
  const [header, ...records] = csvRecords(text.replace(/^\uFEFF/, ''));
  if (header === undefined) throw malformed('The CSV is empty; the first row names the columns.');
  const names = header.map((h) => h.trim());
  if (names.some((n) => n === '' || n === '__proto__'))
    throw malformed('A CSV column has no usable name.');
  return records.map((cells, i) => {
    if (cells.length !== names.length) {
      return {
        row: i + 2,
        value: undefined,
        error: `expected ${names.length} columns, found ${cells.length}`,
      };
    }
    const value: Record<string, unknown> = {};
    names.forEach((name, j) => {
      const cell = (cells[j] ?? '').trim();
      if (cell === '') return;
      value[name] = numeric.includes(name) && /^[0-9]+$/.test(cell) ? Number(cell) : cell;
    });
    return { row: i + 2, value };
  });
}

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
