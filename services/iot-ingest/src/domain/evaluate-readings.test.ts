// Given a sensor state, when readings arrive, then these events (Emmett-style specs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandWithHysteresis, evaluateReadings, type Reading } from './evaluate-readings.js';
import type { Sensor } from './sensor.js';
import { INITIAL_STATE, type EngineEvent, type SensorState } from './sensor-state.js';

const gas: Sensor = {
  id: 's1',
  num: 1,
  gatewayId: 'g1',
  uscc: 'x',
  region: '330502',
  installationId: null,
  kind: 'combustible-gas',
  unit: 'percent-lel',
  limits: { lowLow: null, low: null, high: 25, highHigh: 50 },
  hysteresis: 0.5,
  minDurationMs: 5000,
  intervalMs: 10_000,
  rangeMin: 0,
  rangeMax: 100,
  stuckMs: null,
};

const at = (values: number[], from = 0): Reading[] =>
  values.map((value, i) => ({ index: i, ts: from + i * 1000, value, seq: null }));
let n = 0;
const ids = () => `al-${++n}`;
const run = (values: number[], state: SensorState = INITIAL_STATE, sensor = gas, from = 0) =>
  evaluateReadings(sensor, state, at(values, from), 100_000, ids);
const types = (events: readonly EngineEvent[]) => events.map((e) => e.type);

describe('hysteresis', () => {
  it('keeps a band until the value is past its limit by the hysteresis', () => {
    const l = gas.limits;
    expect(bandWithHysteresis(24.6, 'high', l, 0.5)).toBe('high');
    expect(bandWithHysteresis(24.4, 'high', l, 0.5)).toBe('normal');
    expect(bandWithHysteresis(49.6, 'high-high', l, 0.5)).toBe('high-high');
    expect(bandWithHysteresis(40, 'high-high', l, 0.5)).toBe('high');
    expect(bandWithHysteresis(25, 'normal', l, 0.5)).toBe('high');
  });
});

describe('minimum duration', () => {
  it('raises level 1 only after the crossing held 5 s', () => {
    const r = run([26, 26, 26, 26, 26]);
    expect(types(r.events)).toEqual([]);
    const r2 = run([26, 26, 26, 26, 26, 26]);
    expect(r2.events).toMatchObject([
      {
        type: 'alarm.raised',
        level: 'level-1',
        threshold: 25,
        warning: 'yellow',
        at: 5000,
        value: 26,
      },
    ]);
  });

  it('continues a pending crossing across batches', () => {
    const first = run([30, 30, 30]);
    expect(first.events).toEqual([]);
    const second = run([30, 30, 30], first.state, gas, 3000);
    expect(types(second.events)).toEqual(['alarm.raised']);
  });
});

describe('levels', () => {
  it('a worse level supersedes the alarm; going back to level 1 keeps the level-2 alarm', () => {
    const up = run([30, 30, 30, 30, 30, 30, 60, 60, 60, 60, 60, 60, 40, 40, 40, 40, 40, 40, 40]);
    expect(
      up.events.map((e) => [
        e.type,
        'level' in e ? e.level : 'superseded' in e ? e.superseded : '',
      ]),
    ).toEqual([
      ['alarm.raised', 'level-1'],
      ['alarm.cleared', true],
      ['alarm.raised', 'level-2'],
    ]);
    expect(up.state.alarm).toMatchObject({ band: 'high-high', peak: 60 });
    expect(up.state.band).toBe('high');
  });

  it('oxygen deficiency is a low alarm; back to normal clears it with its worst value', () => {
    const oxygen: Sensor = {
      ...gas,
      kind: 'oxygen',
      unit: 'percent-vol',
      limits: { lowLow: null, low: 19.5, high: 23.5, highHigh: null },
      rangeMax: null,
      hysteresis: 0.2,
      minDurationMs: 0,
    };
    const r = run([20.9, 18, 17, 18.5, 20.9], INITIAL_STATE, oxygen);
    expect(r.events).toMatchObject([
      { type: 'alarm.raised', level: 'low', threshold: 19.5 },
      { type: 'alarm.cleared', peak: 17, durationMs: 3000, superseded: false },
    ]);
  });
});

describe('faults, repeats and order', () => {
  it('an out-of-range value is a fault and never an alarm', () => {
    const r = run([120, 120, 120, 120, 120, 120, 120, 3]);
    expect(types(r.events)).toEqual(['sensor.fault-detected', 'sensor.fault-cleared']);
  });

  it('a value unchanged for the stuck time is a fault until it moves', () => {
    const temp: Sensor = {
      ...gas,
      kind: 'temperature',
      unit: 'celsius',
      limits: { lowLow: null, low: null, high: 90, highHigh: null },
      stuckMs: 3000,
      rangeMin: null,
      rangeMax: null,
    };
    const r = run([20, 20, 20, 20, 20, 21], INITIAL_STATE, temp);
    expect(r.events).toMatchObject([
      { type: 'sensor.fault-detected', fault: 'stuck', at: 3000 },
      { type: 'sensor.fault-cleared', fault: 'stuck', at: 5000 },
    ]);
  });

  it('an offline sensor comes online with its next reading', () => {
    const r = run([1], { ...INITIAL_STATE, offlineSince: 0, lastTs: -60_000 }, gas, 20_000);
    expect(r.events).toEqual([{ type: 'sensor.online', offlineMs: 20_000, at: 20_000 }]);
  });

  it('readings not newer than the last evaluated one are not judged again; an old seq is a repeat', () => {
    const first = evaluateReadings(
      gas,
      INITIAL_STATE,
      [{ index: 0, ts: 10_000, value: 60, seq: 7 }],
      100,
      ids,
    );
    const again = evaluateReadings(
      gas,
      first.state,
      [
        { index: 0, ts: 10_000, value: 60, seq: 7 },
        { index: 1, ts: 11_000, value: 60, seq: 7 },
        { index: 2, ts: 12_000, value: 60, seq: 8 },
      ],
      100,
      ids,
    );
    expect(again.repeated).toEqual([1]);
    expect(again.state.lastTs).toBe(12_000);
  });
});

describe('property: noise around a limit', () => {
  it('a signal within ± the hysteresis around 25 % LEL raises at most one alarm', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 24.55, max: 25.45, noNaN: true }), {
          minLength: 1,
          maxLength: 300,
        }),
        (noise) => {
          const r = run([...Array<number>(6).fill(26), ...noise]);
          return (
            r.events.filter((e) => e.type === 'alarm.raised').length <= 1 &&
            !r.events.some((e) => e.type === 'alarm.cleared')
          );
        },
      ),
    );
  });

  it('any signal raises no more alarms than it has excursions held for the minimum duration', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 200 }),
        (values) => {
          const r = run(values);
          const raised = r.events.filter((e) => e.type === 'alarm.raised').length;
          // Each raise needs ≥ 6 readings (5 s at 1 s spacing) past a limit.
          return raised <= Math.floor(values.length / 6) * 2;
        },
      ),
    );
  });
});
