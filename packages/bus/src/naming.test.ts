import { describe, expect, it } from 'vitest';
import { BusConfigError } from './errors.js';
import { busNames } from './naming.js';

describe('busNames', () => {
  it('keeps the architecture names for the default prefix', () => {
    const names = busNames();
    expect(names.stream('hazards')).toBe('YIWANG_HAZARDS');
    expect(names.subjects('hazards')).toBe('yiwang.hazards.>');
    expect(names.dlqStream).toBe('YIWANG_DLQ');
    expect(names.dlqSubjects).toBe('yiwang_dlq.>');
  });

  it('derives non-overlapping names from a test prefix', () => {
    const names = busNames('t_relay_ab12');
    expect(names.stream('iot')).toBe('T_RELAY_AB12_IOT');
    expect(names.dlqSubject('notify', 't_relay_ab12.iot.alarm.raised.330502')).toBe(
      't_relay_ab12_dlq.notify.t_relay_ab12.iot.alarm.raised.330502',
    );
    expect(names.contextOfSubject('t_relay_ab12.iot.alarm.raised.330502')).toBe('iot');
    expect(names.contextOfSubject('yiwang.iot.alarm.raised.330502')).toBeUndefined();
  });

  it('rejects a prefix that is not one subject token', () => {
    expect(() => busNames('a.b')).toThrow(BusConfigError);
    expect(() => busNames('Upper')).toThrow(BusConfigError);
  });
});
