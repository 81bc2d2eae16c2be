import { describe, expect, it } from 'vitest';
import {
  ANJI,
  CHANGXING,
  DEQING,
  HUZHOU,
  InvalidRegionCodeError,
  NANXUN,
  WUXING,
  checkRegionCode,
  isWithin,
  parentRegion,
  parseRegionCode,
  regionLevel,
  regionName,
} from './region.js';

describe('GB/T 2260 region codes', () => {
  it('names Huzhou and its districts and counties', () => {
    expect([HUZHOU, WUXING, NANXUN, DEQING, CHANGXING, ANJI]).toEqual([
      '330500',
      '330502',
      '330503',
      '330521',
      '330522',
      '330523',
    ]);
    expect(regionName(HUZHOU)).toBe('湖州市');
    expect(regionName(DEQING)).toBe('德清县');
    expect(regionName('110101')).toBeUndefined();
  });

  it('knows the level of a code', () => {
    expect(regionLevel('330000')).toBe('province');
    expect(regionLevel(HUZHOU)).toBe('city');
    expect(regionLevel(ANJI)).toBe('county');
    expect(parentRegion(ANJI)).toBe(HUZHOU);
    expect(parentRegion(HUZHOU)).toBe('330000');
    expect(parentRegion('330000')).toBeUndefined();
  });

  it('isWithin follows province / city / county prefixes', () => {
    expect(isWithin(WUXING, HUZHOU)).toBe(true);
    expect(isWithin(ANJI, '330000')).toBe(true);
    expect(isWithin(HUZHOU, HUZHOU)).toBe(true);
    expect(isWithin(WUXING, WUXING)).toBe(true);
    expect(isWithin(WUXING, NANXUN)).toBe(false);
    expect(isWithin('330102', HUZHOU)).toBe(false); // Hangzhou's Shangcheng
    expect(isWithin(HUZHOU, WUXING)).toBe(false); // a city is not within its county
    expect(isWithin('320500', '330000')).toBe(false);
  });

  it('rejects malformed codes with a clear message', () => {
    expect(() => parseRegionCode('33050')).toThrow(/exactly 6 digits/);
    expect(() => parseRegionCode('33O502')).toThrow(InvalidRegionCodeError);
    expect(() => parseRegionCode('000000')).toThrow(/not a GB\/T 2260/);
    expect(() => parseRegionCode('330021')).toThrow(/needs a city/);
    expect(() => isWithin('3305', HUZHOU)).toThrow(InvalidRegionCodeError);
    const result = checkRegionCode(' 330521 ');
    expect(result).toEqual({ ok: true, value: DEQING });
  });
});
