// Builds the AsyncAPI 3.0 document of the catalog: one channel per NATS subject (all versions
// of an event share it), one `send` operation and one CloudEvents message per event type.
import type { EventDefinition } from '../define-event.js';
import { CLOUDEVENTS_CONTENT_TYPE, CONTEXTS, CloudEventEnvelope } from '../envelope.js';
import { parseEventType, schemaIdOf, streamName } from '../naming.js';
import { toJsonSchema, type JsonSchema } from '../compat/snapshot.js';

/** Options of {@link buildAsyncApi}. */
export interface AsyncApiOptions {
  /** `info.version`, usually the package version. */
  readonly version: string;
}

const shortName = (def: EventDefinition) => parseEventType(def.type).name;
const messageId = (def: EventDefinition) => `${shortName(def)}.v${def.version}`;

/** The AsyncAPI 3.0 document (plain data, ready for YAML) of `defs`. */
export function buildAsyncApi(
  defs: readonly EventDefinition[],
  options: AsyncApiOptions,
): JsonSchema {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {
    CloudEventEnvelope: {
      ...toJsonSchema(CloudEventEnvelope),
      description: 'CloudEvents 1.0 structured-mode envelope (closed); `data` per message',
    },
  };

  for (const def of defs) {
    const channelId = shortName(def);
    const msgId = messageId(def);
    const channel = (channels[channelId] ??= {
      address: `yiwang.${channelId}.{region}`,
      title: channelId,
      description: `${def.description} Stream ${streamName(def.context)}.`,
      parameters: {
        region: {
          description: '6-digit GB/T 2260 region code where it happened, e.g. 330502 (Wuxing).',
          examples: ['330502'],
        },
      },
      messages: {},
    }) as { messages: Record<string, unknown> };
    channel.messages[msgId] = { $ref: `#/components/messages/${msgId}` };

    operations[`send.${msgId}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelId}` },
      title: `Publish ${def.type}`,
      summary: def.description,
      tags: [{ name: def.context }, { name: def.classification }],
      messages: [{ $ref: `#/channels/${channelId}/messages/${msgId}` }],
    };

    schemas[msgId] = { ...toJsonSchema(def.schema), $id: schemaIdOf(def.type) };
    messages[msgId] = {
      name: def.type,
      title: def.type,
      summary: def.description,
      contentType: CLOUDEVENTS_CONTENT_TYPE,
      tags: [{ name: def.context }, { name: def.classification }],
      headers: {
        type: 'object',
        properties: {
          'Nats-Msg-Id': {
            type: 'string',
            description: 'The CloudEvents id; JetStream drops duplicate publishes',
          },
          'content-type': { type: 'string', const: CLOUDEVENTS_CONTENT_TYPE },
        },
      },
      payload: {
        allOf: [
          { $ref: '#/components/schemas/CloudEventEnvelope' },
          {
            type: 'object',
            required: ['type', 'source', 'dataschema', 'classification', 'data'],
            properties: {
              type: { type: 'string', const: def.type },
              source: { type: 'string', const: def.source },
              dataschema: { type: 'string', const: schemaIdOf(def.type) },
              classification: { type: 'string', const: def.classification },
              data: { $ref: `#/components/schemas/${msgId}` },
            },
          },
        ],
      },
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Yiwang (一网) event catalog',
      version: options.version,
      description: [
        'Domain events of the work-safety supervision hub, generated from `@yiwang/contracts`',
        '(do not edit by hand: `pnpm --filter @yiwang/contracts run docs`).',
        'Every message is a CloudEvents 1.0 structured-mode envelope; `type` is',
        '`yiwang.<context>.<aggregate>.<event>.v<N>`, the NATS subject',
        '`yiwang.<context>.<aggregate>.<event>.<region>` (the version is not in the subject).',
        `Streams: ${CONTEXTS.map((c) => streamName(c)).join(', ')}.`,
      ].join('\n'),
    },
    defaultContentType: CLOUDEVENTS_CONTENT_TYPE,
    servers: {
      local: {
        host: '127.0.0.1:4222',
        protocol: 'nats',
        description: 'NATS with JetStream (NATS_URL); departments connect with their own account.',
      },
    },
    channels,
    operations,
    components: { messages, schemas },
  };
}
