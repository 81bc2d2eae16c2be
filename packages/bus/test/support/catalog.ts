import { Type } from '@sinclair/typebox';
import {
  createCatalog,
  createEvent,
  defineEvent,
  newEventId,
  type CloudEvent,
} from '@yiwang/contracts';

/** A small catalog of test events (the bus takes any catalog). */
export const hazardNoted = defineEvent({
  context: 'hazards',
  aggregate: 'hazard',
  event: 'noted',
  classification: 'internal',
  description: 'A test event: something was noted about a hazard.',
  schema: Type.Object({ note: Type.String({ maxLength: 200 }) }, { additionalProperties: false }),
});

export const testCatalog = createCatalog([hazardNoted]);

/** A valid event of aggregate `aggregate` with per-aggregate `sequence`. */
export function noted(aggregate: string, sequence: number, note = `n${sequence}`): CloudEvent {
  return createEvent(hazardNoted, {
    id: newEventId(),
    time: new Date().toISOString(),
    subject: aggregate,
    region: '330502',
    sequence,
    data: { note },
  });
}
