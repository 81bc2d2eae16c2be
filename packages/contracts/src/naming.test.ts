import { describe, expect, it } from 'vitest';
import { InvalidEventTypeError } from './errors.js';
import {
  contextOf,
  contextSubjects,
  eventSubject,
  eventType,
  parseEventType,
  schemaIdOf,
  streamName,
} from './naming.js';

describe('event names, subjects and streams', () => {
  it('parses a full type into its parts', () => {
    expect(parseEventType('yiwang.hazards.accident.level-revised.v2')).toEqual({
      context: 'hazards',
      aggregate: 'accident',
      event: 'level-revised',
      version: 2,
      name: 'hazards.accident.level-revised',
    });
    expect(contextOf('yiwang.iot.alarm.raised.v1')).toBe('iot');
    expect(eventType('credit', 'listing', 'removed-early', 1)).toBe(
      'yiwang.credit.listing.removed-early.v1',
    );
  });

  it('builds the NATS subject without the version', () => {
    const subject = eventSubject({ type: 'yiwang.hazards.hazard.reported.v1', region: '330502' });
    expect(subject).toBe('yiwang.hazards.hazard.reported.330502');
    expect(eventSubject({ type: 'yiwang.hazards.hazard.reported.v7', region: '330502' })).toBe(
      subject,
    );
    expect(eventSubject({ type: 'yiwang.iot.alarm.raised.v1', region: '330521' }, 'test')).toBe(
      'test.iot.alarm.raised.330521',
    );
  });

  it('names one stream per context', () => {
    expect(streamName('hazards')).toBe('YIWANG_HAZARDS');
    expect(streamName('iot')).toBe('YIWANG_IOT');
    expect(streamName('credit', 'T1')).toBe('T1_CREDIT');
    expect(contextSubjects('hazards')).toBe('yiwang.hazards.>');
  });

  it('gives each type a stable schema id', () => {
    expect(schemaIdOf('yiwang.hazards.hazard.reported.v1')).toBe(
      'urn:yiwang:schema:hazards.hazard.reported.v1',
    );
  });

  it.each([
    'hazards.hazard.reported.v1',
    'yiwang.hazards.hazard.reported',
    'yiwang.hazards.hazard.reported.v0',
    'yiwang.Hazards.hazard.reported.v1',
    'yiwang.hazards.hazard.reported.v1.extra',
    'yiwang.weather.storm.started.v1',
  ])('rejects the malformed or unknown type %s', (type) => {
    expect(() => parseEventType(type)).toThrow(InvalidEventTypeError);
  });

  it('rejects a region that would break subject filters', () => {
    expect(() => eventSubject({ type: 'yiwang.iot.alarm.raised.v1', region: '3305*' })).toThrow(
      /region/,
    );
    expect(() => eventSubject({ type: 'yiwang.iot.alarm.raised.v1', region: '330502.x' })).toThrow(
      InvalidEventTypeError,
    );
    expect(() => eventType('hazards', 'Hazard', 'reported', 1)).toThrow(InvalidEventTypeError);
  });
});
