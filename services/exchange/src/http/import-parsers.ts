// Parsers of bulk-import bodies: CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF,
// a header row naming the columns; NDJSON: import-ndjson.ts). Each row becomes a plain
// object, validated afterwards like a PUT body; rows are numbered as a spreadsheet shows them
// (the header is row 1).
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
