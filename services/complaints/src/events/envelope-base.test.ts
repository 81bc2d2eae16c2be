import { complaints, createEvent, makeEventIdGenerator, usccCheckDigit } from '@yiwang/contracts';
import { describe, expect, it } from 'vitest';
import { outboxEvent } from './envelope-base.js';

describe('outboxEvent', () => {
  it('builds exactly the envelope createEvent builds (which also validates it)', () => {
    const id = makeEventIdGenerator()();
    const input = {
      id,
      time: '2025-03-03T02:00:00.000Z',
      subject: makeEventIdGenerator()(),
      region: '330502',
      sequence: 1,
      enterprise: `91330502MA2B3C4D5${usccCheckDigit('91330502MA2B3C4D5')}`,
      causationid: id,
      data: {
        reportId: id,
        channel: 'web' as const,
        scope: 'major-hazard' as const,
        receivedAt: '2025-03-03T02:00:00.000Z',
      },
    };
    const unvalidated = outboxEvent(complaints.reportReceived, input);
    expect(unvalidated).toEqual(createEvent(complaints.reportReceived, input));
    expect(outboxEvent(complaints.reportReceived, input).dataschema).toBe(unvalidated.dataschema);
  });
});
