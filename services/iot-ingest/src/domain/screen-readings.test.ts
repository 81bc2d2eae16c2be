import { describe, expect, it } from 'vitest';
import type { Sensor } from './sensor.js';
import { screenReadings } from './screen-readings.js';

const sensor = (id: string, gatewayId: string) => ({ id, gatewayId, num: 1 }) as unknown as Sensor;
const sensors = new Map([
  ['a', sensor('a', 'g1')],
  ['b', sensor('b', 'g2')],
]);
const now = Date.parse('2026-03-02T02:00:00Z');
const ctx = {
  gatewayId: 'g1',
  sensor: (id: string) => sensors.get(id),
  now,
  futureSkewMs: 300_000,
  retentionMs: 30 * 86_400_000,
};

describe('screening a batch', () => {
  it('rejects each bad item with its index and keeps the rest in timestamp order', () => {
    const r = screenReadings(
      [
        { sensorId: 'a', ts: '2026-03-02T01:59:59Z', value: 2 },
        { sensorId: 'x', ts: '2026-03-02T01:00:00Z', value: 1 },
        { sensorId: 'b', ts: '2026-03-02T01:00:00Z', value: 1 },
        { sensorId: 'a', ts: '2026-03-02T02:06:00Z', value: 1 },
        { sensorId: 'a', ts: '2026-03-02T01:00:00+08:00', value: 1 },
        { sensorId: 'a', ts: '2026-03-02T01:00:00', value: 1 },
        { sensorId: 'a', ts: '2026-01-01T00:00:00Z', value: 1 },
        { sensorId: 'a', ts: '2026-03-02T01:00:00Z', value: null },
        undefined,
        { sensorId: 'a', ts: '2026-03-02T01:59:58.5Z', value: 1 },
      ],
      ctx,
    );
    expect(r.rejected).toEqual([
      { index: 1, reason: 'sensor-unknown' },
      { index: 2, reason: 'sensor-foreign' },
      { index: 3, reason: 'ts-in-future' },
      { index: 5, reason: 'ts-invalid' },
      { index: 6, reason: 'ts-too-old' },
      { index: 7, reason: 'value-not-finite' },
      { index: 8, reason: 'item-malformed' },
    ]);
    expect(r.accepted).toBe(3);
    expect(r.bySensor.get(sensors.get('a') as Sensor)?.map((x) => x.index)).toEqual([4, 9, 0]);
  });
});
