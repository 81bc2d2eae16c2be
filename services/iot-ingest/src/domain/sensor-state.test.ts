import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, statusOf, type ActiveAlarm, type SensorState } from './sensor-state.js';

const alarm = (band: ActiveAlarm['band']): ActiveAlarm => ({
  id: 'al-1',
  band,
  raisedAt: 0,
  peak: 60,
});
const reported: SensorState = { ...INITIAL_STATE, lastTs: 1_000, lastValue: 3, band: 'normal' };

describe('the live status of a sensor', () => {
  it('is no-data until the first reading, normal after it', () => {
    expect(statusOf(INITIAL_STATE)).toBe('no-data');
    expect(statusOf(reported)).toBe('normal');
  });

  it('is alarm-l2 for high-high and low-low, alarm-l1 for high and low', () => {
    expect(statusOf({ ...reported, alarm: alarm('high-high') })).toBe('alarm-l2');
    expect(statusOf({ ...reported, alarm: alarm('low-low') })).toBe('alarm-l2');
    expect(statusOf({ ...reported, alarm: alarm('high') })).toBe('alarm-l1');
    expect(statusOf({ ...reported, alarm: alarm('low') })).toBe('alarm-l1');
  });

  it('offline hides a fault and an alarm; a fault hides an alarm', () => {
    const faulty = { ...reported, alarm: alarm('high-high'), fault: 'stuck' as const };
    expect(statusOf(faulty)).toBe('fault');
    expect(statusOf({ ...faulty, offlineSince: 2_000 })).toBe('offline');
    expect(statusOf({ ...INITIAL_STATE, offlineSince: 2_000 })).toBe('offline');
  });
});
