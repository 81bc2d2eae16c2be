// The generated documents are valid AsyncAPI and match the catalog: a change to an event
// without `pnpm --filter @yiwang/contracts run docs` fails here.
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { allEvents } from '../src/catalog/index.js';
import { renderDocs, type RenderedDocs } from '../src/docs/render.js';
import { packageVersion, paths } from '../src/scripts/paths.js';

const STALE =
  'docs are stale: run `pnpm --filter @yiwang/contracts run docs` and commit the result';
let docs: RenderedDocs;

beforeAll(async () => {
  docs = await renderDocs(allEvents, { version: packageVersion() });
});

describe('generated docs', () => {
  it('docs/asyncapi.yaml is up to date', () => {
    expect(readFileSync(paths.asyncapi, 'utf8') === docs.asyncapiYaml, STALE).toBe(true);
  });

  it('docs/events.md is up to date', () => {
    expect(readFileSync(paths.eventsMd, 'utf8') === docs.eventsMd, STALE).toBe(true);
  });

  it('events.md lists every event with its subject and classification', () => {
    for (const def of allEvents) {
      const subject = `yiwang.${def.context}.${def.aggregate}.${def.event}.{region}`;
      expect(docs.eventsMd).toMatch(
        new RegExp(
          `\\| \`${def.type.replace(/\./g, '\\.')}\` +\\| \`${subject.replace(/[.{}]/g, '\\$&')}\` +\\| ${def.classification} `,
        ),
      );
    }
  });

  it('asyncapi.yaml is valid AsyncAPI 3.0 with a channel, operation and message per event', async () => {
    const { document, diagnostics } = await new Parser().parse(docs.asyncapiYaml);
    const errors = diagnostics.filter(
      (d) => Number(d.severity) === 0 /* DiagnosticSeverity.Error */,
    );
    expect(errors.map((d) => `${d.code} ${d.message} at ${d.path.join('/')}`)).toEqual([]);
    expect(document).toBeDefined();
    if (!document) return;

    expect(document.version()).toBe('3.0.0');
    expect(
      document
        .servers()
        .all()
        .map((s) => s.protocol()),
    ).toEqual(['nats']);
    expect(document.operations().all()).toHaveLength(allEvents.length);
    expect(document.messages().all()).toHaveLength(allEvents.length);

    const channel = document.channels().get('hazards.hazard.reported');
    expect(channel?.address()).toBe('yiwang.hazards.hazard.reported.{region}');
    expect(channel?.parameters().get('region')).toBeDefined();

    const operation = document.operations().get('send.hazards.hazard.reported.v1');
    expect(operation?.action()).toBe('send');
    const message = operation?.messages().all()[0];
    expect(message?.contentType()).toBe('application/cloudevents+json');
    const payload = message?.payload()?.json() as {
      allOf: { properties?: Record<string, unknown> }[];
    };
    const fixed = payload.allOf[1]?.properties ?? {};
    expect(fixed['type']).toMatchObject({
      type: 'string',
      const: 'yiwang.hazards.hazard.reported.v1',
    });
    expect(fixed['data']).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: expect.arrayContaining(['hazardId', 'summary']) as unknown,
    });
  });
});
