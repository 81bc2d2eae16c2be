import { describe, expect, it } from 'vitest';
import { resolveSensor } from './sensor.js';
import { DEFAULT_RULES as rules } from './test-rules.js';

describe('sensor limits default per kind (GB/T 50493-2019)', () => {
  it('combustible gas: level 1 at 25 % LEL, level 2 at 50 % LEL, range 0–100', () => {
    const r = resolveSensor({ kind: 'combustible-gas', unit: 'percent-lel' }, rules);
    expect(r).toMatchObject({
      ok: true,
      limits: { lowLow: null, low: null, high: 25, highHigh: 50 },
      rangeMin: 0,
      rangeMax: 100,
      hysteresis: 0.5,
      stuckMs: null,
    });
  });

  it('toxic gas: 100 % / 200 % of the OEL, in ppm from the gas OEL', () => {
    expect(resolveSensor({ kind: 'toxic-gas', unit: 'ppm', oelPpm: 10 }, rules)).toMatchObject({
      limits: { high: 10, highHigh: 20 },
    });
    expect(resolveSensor({ kind: 'toxic-gas', unit: 'percent-oel' }, rules)).toMatchObject({
      limits: { high: 100, highHigh: 200 },
    });
    expect(resolveSensor({ kind: 'toxic-gas', unit: 'ppm' }, rules)).toMatchObject({
      ok: false,
      code: 'IOT.OEL_REQUIRED',
    });
  });

  it('oxygen: low 19.5 % vol, high 23.5 % vol', () => {
    expect(resolveSensor({ kind: 'oxygen', unit: 'percent-vol' }, rules)).toMatchObject({
      limits: { low: 19.5, high: 23.5 },
    });
  });

  it('other points carry their own limits, in order, and the stuck check by default', () => {
    const ok = resolveSensor(
      { kind: 'pressure', unit: 'mpa', limits: { low: 0.2, high: 1.6, highHigh: 2 } },
      rules,
    );
    expect(ok).toMatchObject({ ok: true, stuckMs: rules.stuckMs, minDurationMs: 5000 });
    const bad = resolveSensor(
      { kind: 'pressure', unit: 'mpa', limits: { high: 2, highHigh: 1 } },
      rules,
    );
    expect(bad).toMatchObject({ ok: false, code: 'IOT.LIMITS_INVALID' });
  });

  it('a gas sensor in the wrong unit is refused', () => {
    expect(resolveSensor({ kind: 'combustible-gas', unit: 'ppm' }, rules)).toMatchObject({
      ok: false,
      code: 'IOT.UNIT_INVALID',
    });
  });
});
