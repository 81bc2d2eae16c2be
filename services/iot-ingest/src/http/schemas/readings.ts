// HTTP shapes of the readings batch. `value` also admits null and short strings so that a
// gateway's NaN (JSON.stringify makes it null) or "NaN" is rejected item by item, not by 400.
import { Type, type Static } from '@sinclair/typebox';
import { Enum, IdText, Obj } from './common.js';

/** One posted reading. */
export const ReadingItem = Obj({
  sensorId: IdText,
  ts: Type.String({ minLength: 1, maxLength: 40, description: 'RFC 3339 with offset' }),
  value: Type.Union([Type.Number(), Type.Null(), Type.String({ maxLength: 32 })]),
  seq: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
});
export type ReadingItem = Static<typeof ReadingItem>;

/** The JSON body: `{ readings: [...] }` (NDJSON bodies are parsed into the same shape). */
export const readingsBody = (maxItems: number) =>
  Obj({ readings: Type.Array(ReadingItem, { minItems: 1, maxItems }) });

/** The batch's outcome. */
export const IngestView = Obj({
  accepted: Type.Integer({ description: 'items that passed screening' }),
  stored: Type.Integer({ description: 'readings newly stored' }),
  duplicates: Type.Integer({ description: 'accepted repeats of stored readings (idempotent)' }),
  rejected: Type.Array(
    Obj({
      index: Type.Integer({ description: '0-based position in the batch (NDJSON: line)' }),
      reason: Enum([
        'sensor-unknown',
        'sensor-foreign',
        'ts-invalid',
        'ts-in-future',
        'ts-too-old',
        'value-not-finite',
        'item-malformed',
      ] as const),
    }),
  ),
});
