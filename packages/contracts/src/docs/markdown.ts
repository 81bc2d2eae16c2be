// Builds docs/events.md: a readable catalog, per context a summary table and per event the
// fields of `data`.
import type { EventDefinition } from '../define-event.js';
import { CONTEXTS, CONTEXT_SERVICES, type Context } from '../envelope.js';
import { parseEventType, streamName } from '../naming.js';
import { toJsonSchema, type JsonSchema } from '../compat/snapshot.js';
import { IndustrySchema } from '../values/industry.js';
import { FenSchema } from '../values/money.js';
import { RegionCodeSchema } from '../values/region.js';
import { IsoDateSchema, TimestampSchema } from '../values/time.js';
import { UsccSchema } from '../values/uscc.js';

const KNOWN = new Map<string, string>(
  (
    [
      [UsccSchema, 'USCC'],
      [RegionCodeSchema, 'region code'],
      [TimestampSchema, 'timestamp'],
      [IsoDateSchema, 'date'],
      [FenSchema, 'fen'],
      [IndustrySchema, 'industry'],
    ] as const
  ).map(([schema, label]) => [JSON.stringify(toJsonSchema(schema)), label]),
);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

function typeLabel(node: JsonSchema): string {
  const known = KNOWN.get(JSON.stringify(node));
  if (known) return known;
  if ('const' in node) return JSON.stringify(node['const']);
  const anyOf = node['anyOf'];
  if (Array.isArray(anyOf)) return anyOf.map((b) => typeLabel(b as JsonSchema)).join(' | ');
  const type = typeof node['type'] === 'string' ? node['type'] : 'any';
  if (type === 'array') return `${typeLabel((node['items'] ?? {}) as JsonSchema)}[]`;
  const bounds: string[] = [];
  if (typeof node['minimum'] === 'number') bounds.push(`≥ ${node['minimum']}`);
  if (typeof node['exclusiveMinimum'] === 'number') bounds.push(`> ${node['exclusiveMinimum']}`);
  if (typeof node['maximum'] === 'number' && node['maximum'] !== Number.MAX_SAFE_INTEGER) {
    bounds.push(`≤ ${node['maximum']}`);
  }
  if (typeof node['maxLength'] === 'number') bounds.push(`≤ ${node['maxLength']} chars`);
  return bounds.length > 0 ? `${type} (${bounds.join(', ')})` : type;
}

function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  const rows: FieldRow[] = [];
  for (const [name, node] of Object.entries(props)) {
    const full = `${prefix}${name}`;
    const items = node['items'] as JsonSchema | undefined;
    const isObject = node['type'] === 'object' && !KNOWN.has(JSON.stringify(node));
    const isObjectArray = node['type'] === 'array' && items?.['type'] === 'object';
    rows.push({
      name: full,
      type: isObject ? 'object' : isObjectArray ? 'object[]' : typeLabel(node),
      required: required.has(name),
      description: KNOWN.has(JSON.stringify(node))
        ? ''
        : typeof node['description'] === 'string'
          ? node['description']
          : '',
    });
    if (isObject) rows.push(...fieldRows(node, `${full}.`));
    if (isObjectArray && items) rows.push(...fieldRows(items, `${full}[].`));
  }
  return rows;
}

function section(context: Context, defs: readonly EventDefinition[]): string[] {
  const lines = [
    `## ${context}`,
    '',
    `Service \`${CONTEXT_SERVICES[context]}\`, stream \`${streamName(context)}\` (subjects \`yiwang.${context}.>\`).`,
    '',
    '| type | subject | classification | description | data fields |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const def of defs) {
    const fields = Object.keys(toJsonSchema(def.schema)['properties'] ?? {});
    lines.push(
      `| \`${def.type}\` | \`yiwang.${parseEventType(def.type).name}.{region}\` | ${def.classification} | ${cell(def.description)} | ${fields.join(', ')} |`,
    );
  }
  lines.push('');
  for (const def of defs) {
    lines.push(`### ${def.type}`, '', cell(def.description), '');
    lines.push('| field | type | required | description |', '| --- | --- | --- | --- |');
    for (const row of fieldRows(toJsonSchema(def.schema))) {
      lines.push(
        `| \`${row.name}\` | ${cell(row.type)} | ${row.required ? 'yes' : 'no'} | ${cell(row.description)} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

/** The Markdown catalog of `defs` (before formatting). */
export function buildEventsMarkdown(defs: readonly EventDefinition[]): string {
  const lines = [
    '# Event catalog',
    '',
    '<!-- Generated from @yiwang/contracts by `pnpm --filter @yiwang/contracts run docs`. Do not edit. -->',
    '',
    'Every event is a CloudEvents 1.0 envelope (ARCHITECTURE.md §3) published on the NATS subject',
    '`yiwang.<context>.<aggregate>.<event>.<region>`; `type` carries the major version. Envelope',
    'extensions: `region`, `enterprise` (USCC), `sequence`, `classification`, `traceparent`,',
    '`correlationid`, `causationid`. Field types: USCC = unified social credit code with check digit;',
    'fen = integer amount in 1/100 yuan; timestamp = RFC 3339 with offset; date = `YYYY-MM-DD`.',
    '',
    `${defs.length} event types.`,
    '',
  ];
  for (const context of CONTEXTS) {
    const mine = defs.filter((d) => d.context === context);
    if (mine.length > 0) lines.push(...section(context, mine));
  }
  return lines.join('\n');
}
