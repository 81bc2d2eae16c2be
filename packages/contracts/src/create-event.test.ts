import { describe, expect, it } from 'vitest';
import { hazardReported } from './catalog/hazards.js';
import { catalog } from './catalog/index.js';
import { createEvent } from './create-event.js';
import { InvalidEventError } from './errors.js';
import { newEventId } from './event-id.js';
import { eventSubject } from './naming.js';

const data = {
  hazardId: 'HZ-2025-0001',
  enterpriseName: '湖州某化工有限公司',
  industry: 'hazardous-chemicals' as const,
  source: 'inspection' as const,
  category: 'hazardous-materials' as const,
  summary: '液氯储罐区泄漏报警装置失效',
  foundAt: '2025-03-14T09:30:00+08:00',
  photos: ['file-1'],
};

describe('createEvent', () => {
  it('builds a complete, valid envelope from the definition and caller input', () => {
    const id = newEventId(Date.parse('2025-03-14T01:31:00Z'));
    const event = createEvent(hazardReported, {
      id,
      time: '2025-03-14T09:30:00+08:00',
      subject: 'HZ-2025-0001',
      region: '330502',
      sequence: 1,
      enterprise: '91330100716105852F',
      data,
    });
    expect(event).toEqual({
      specversion: '1.0',
      id,
      type: 'yiwang.hazards.hazard.reported.v1',
      source: '/yiwang/hazards',
      subject: 'HZ-2025-0001',
      time: '2025-03-14T09:30:00+08:00',
      datacontenttype: 'application/json',
      dataschema: 'urn:yiwang:schema:hazards.hazard.reported.v1',
      region: '330502',
      enterprise: '91330100716105852F',
      sequence: 1,
      classification: 'internal',
      correlationid: id,
      data,
    });
    expect(catalog.validate(event).ok).toBe(true);
    expect(eventSubject(event)).toBe('yiwang.hazards.hazard.reported.330502');
    // Optional attributes are omitted, not set to undefined (closed JSON on the wire).
    expect(Object.keys(event)).not.toContain('causationid');
  });

  it('keeps correlation and causation given by the caller', () => {
    const event = createEvent(hazardReported, {
      id: newEventId(),
      time: '2025-03-14T09:30:00Z',
      subject: 'HZ-1',
      region: '330521',
      sequence: 2,
      correlationid: 'req-42',
      causationid: '01959245-c1c0-77bd-8a95-df14e5ebfc55',
      data,
    });
    expect(event.correlationid).toBe('req-42');
    expect(event.causationid).toBe('01959245-c1c0-77bd-8a95-df14e5ebfc55');
  });

  it('throws InvalidEventError listing what is wrong', () => {
    const build = () =>
      createEvent(hazardReported, {
        id: 'not-a-uuid',
        time: '2025-03-14T09:30:00Z',
        subject: 'HZ-1',
        region: '330502',
        sequence: 1,
        data: { ...data, industry: 'chemistry' as never },
      });
    expect(build).toThrow(InvalidEventError);
    try {
      build();
    } catch (error) {
      const e = error as InvalidEventError;
      expect(e.code).toBe('CONTRACTS.INVALID_EVENT');
      expect(e.errors.some((m) => m.startsWith('/id'))).toBe(true);
      expect(e.errors.some((m) => m.startsWith('/data/industry'))).toBe(true);
      expect(e.message).toContain('yiwang.hazards.hazard.reported.v1');
    }
  });
});
