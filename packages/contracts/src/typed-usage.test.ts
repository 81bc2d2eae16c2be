import { describe, expect, it } from 'vitest';
import { createEvent, hazards, iot, newEventId } from './index.js';

describe('typed definitions from the public API', () => {
  it('createEvent infers data from a definition', () => {
    const event = createEvent(iot.alarmCleared, {
      id: newEventId(),
      time: '2025-03-14T09:30:00+08:00',
      subject: 'AL-1',
      region: '330522',
      sequence: 3,
      data: {
        alarmId: 'AL-1',
        sensorId: 'S-9',
        peakValue: 31.5,
        durationSeconds: 420,
        clearedAt: '2025-03-14T09:30:00+08:00',
      },
    });
    // Typed access, no casts: a compile error here means the inference broke.
    const peak: number = event.data.peakValue;
    expect(peak).toBe(31.5);
    expect(hazards.hazardsEvents).toContain(hazards.hazardReported);
    const build = () =>
      createEvent(iot.sensorOnline, {
        ...base,
        // @ts-expect-error an unknown field is a compile error as well as a runtime error
        data: { sensorId: 'S', offlineSeconds: 1, onlineAt: base.time, x: 1 },
      });
    expect(build).toThrow(/Unexpected property/);
  });
});

const base = {
  id: '01959245-c1c0-77bd-8a95-df14e5ebfc55',
  time: '2025-03-14T09:30:00+08:00',
  subject: 'S-1',
  region: '330522',
  sequence: 1,
};
