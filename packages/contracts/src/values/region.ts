import { Type } from '@sinclair/typebox';
import { ContractsError } from '../errors.js';
import { tryParse, type ParseResult } from './result.js';

/** Pattern of a 6-digit GB/T 2260 administrative division code. */
export const REGION_CODE_PATTERN = '^[1-9][0-9]{5}$';

/** A GB/T 2260 code that passed {@link parseRegionCode}. */
export type RegionCode = string & { readonly __brand: 'RegionCode' };

/** TypeBox schema of a region code (6 digits, GB/T 2260). */
export const RegionCodeSchema = Type.String({
  pattern: REGION_CODE_PATTERN,
  description: 'Administrative division code (GB/T 2260), 6 digits',
  examples: ['330502'],
});

/** A region code was rejected. */
export class InvalidRegionCodeError extends ContractsError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super('CONTRACTS.INVALID_REGION_CODE', message);
  }
}

/** Level of a division: 省 (xx0000), 市 (xxxx00) or 县/区 (anything else). */
export type RegionLevel = 'province' | 'city' | 'county';

/** Huzhou city (湖州市). */
export const HUZHOU = '330500' as RegionCode;
/** Wuxing district (吴兴区), Huzhou. */
export const WUXING = '330502' as RegionCode;
/** Nanxun district (南浔区), Huzhou. */
export const NANXUN = '330503' as RegionCode;
/** Deqing county (德清县), Huzhou. */
export const DEQING = '330521' as RegionCode;
/** Changxing county (长兴县), Huzhou. */
export const CHANGXING = '330522' as RegionCode;
/** Anji county (安吉县), Huzhou. */
export const ANJI = '330523' as RegionCode;

/** Names of the divisions this deployment knows by name (Huzhou and its districts/counties). */
export const REGION_NAMES: Readonly<Record<string, { readonly zh: string; readonly en: string }>> =
  {
    '330000': { zh: '浙江省', en: 'Zhejiang' },
    [HUZHOU]: { zh: '湖州市', en: 'Huzhou' },
    [WUXING]: { zh: '吴兴区', en: 'Wuxing' },
    [NANXUN]: { zh: '南浔区', en: 'Nanxun' },
    [DEQING]: { zh: '德清县', en: 'Deqing' },
    [CHANGXING]: { zh: '长兴县', en: 'Changxing' },
    [ANJI]: { zh: '安吉县', en: 'Anji' },
  };

/** Chinese name of a known division, or `undefined`. */
export function regionName(code: string): string | undefined {
  return REGION_NAMES[code]?.zh;
}

/**
 * Parses a region code typed by a person (surrounding spaces removed).
 * @throws {InvalidRegionCodeError} when it is not 6 digits or is not a province/city/county code.
 */
export function parseRegionCode(input: string): RegionCode {
  const code = input.trim();
  if (!/^[0-9]{6}$/.test(code)) {
    throw new InvalidRegionCodeError(
      input,
      `A region code (GB/T 2260) has exactly 6 digits, e.g. 330502 for Wuxing; got "${code}".`,
    );
  }
  if (code.startsWith('0') || code.slice(0, 2) === '00') {
    throw new InvalidRegionCodeError(input, `"${code}" is not a GB/T 2260 region code.`);
  }
  if (code.slice(2, 4) === '00' && code.slice(4) !== '00') {
    throw new InvalidRegionCodeError(
      input,
      `"${code}" is not a GB/T 2260 region code: a county code needs a city (digits 3–4 are 00).`,
    );
  }
  return code as RegionCode;
}

/** Like {@link parseRegionCode} but returns a result instead of throwing. */
export function checkRegionCode(input: string): ParseResult<RegionCode, InvalidRegionCodeError> {
  return tryParse(() => parseRegionCode(input), InvalidRegionCodeError);
}

/** Level of a region code: province (xx0000), city (xxxx00) or county. */
export function regionLevel(code: string): RegionLevel {
  const c = parseRegionCode(code);
  if (c.endsWith('0000')) return 'province';
  if (c.endsWith('00')) return 'city';
  return 'county';
}

/** The enclosing division (county → city, city → province), or `undefined` for a province. */
export function parentRegion(code: string): RegionCode | undefined {
  const c = parseRegionCode(code);
  switch (regionLevel(c)) {
    case 'province':
      return undefined;
    case 'city':
      return `${c.slice(0, 2)}0000` as RegionCode;
    case 'county':
      return `${c.slice(0, 4)}00` as RegionCode;
  }
}

/**
 * True when `child` lies in `parent` (or is `parent`): a province contains every code with its
 * first 2 digits, a city every code with its first 4, a county only itself.
 * @throws {InvalidRegionCodeError} when either code is malformed.
 */
export function isWithin(child: string, parent: string): boolean {
  const c = parseRegionCode(child);
  const p = parseRegionCode(parent);
  switch (regionLevel(p)) {
    case 'province':
      return c.slice(0, 2) === p.slice(0, 2);
    case 'city':
      return c.slice(0, 4) === p.slice(0, 4);
    case 'county':
      return c === p;
  }
}
