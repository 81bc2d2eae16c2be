import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import {
  HIGH_RISK_INDUSTRIES,
  INDUSTRIES,
  IndustrySchema,
  InvalidIndustryError,
  checkIndustry,
  isHighRisk,
  parseIndustry,
} from './industry.js';

describe('industry categories', () => {
  it('has exactly the eight high-risk industries of the rules', () => {
    expect([...HIGH_RISK_INDUSTRIES].sort()).toEqual(
      [
        'civil-explosives',
        'construction',
        'fireworks',
        'fishery',
        'hazardous-chemicals',
        'metal-smelting',
        'mining',
        'transport',
      ].sort(),
    );
    for (const i of HIGH_RISK_INDUSTRIES) expect(isHighRisk(i)).toBe(true);
  });

  it('ordinary industries are not high-risk', () => {
    expect(isHighRisk('manufacturing')).toBe(false);
    expect(isHighRisk('trade')).toBe(false);
    expect(isHighRisk('other')).toBe(false);
    expect(INDUSTRIES.filter((i) => !isHighRisk(i))).toHaveLength(INDUSTRIES.length - 8);
  });

  it('parses codes and Chinese names, and the schema agrees', () => {
    expect(parseIndustry('危险化学品')).toBe('hazardous-chemicals');
    expect(parseIndustry(' mining ')).toBe('mining');
    expect(Value.Check(IndustrySchema, 'fireworks')).toBe(true);
    expect(Value.Check(IndustrySchema, 'chemistry')).toBe(false);
    const bad = checkIndustry('chemistry');
    expect(bad.ok).toBe(false);
    expect(() => parseIndustry('chemistry')).toThrow(InvalidIndustryError);
    expect(() => parseIndustry('chemistry')).toThrow(
      /not an industry category; use one of: mining/,
    );
  });
});
