import { Type } from '@sinclair/typebox';
import { ContractsError } from '../errors.js';
import { tryParse, type ParseResult } from './result.js';

/**
 * The eight high-risk industries (mandatory 安责险, stricter permits; DOMAIN.md "Shared
 * vocabulary", 应急〔2025〕27号).
 */
export const HIGH_RISK_INDUSTRIES = [
  'mining',
  'hazardous-chemicals',
  'fireworks',
  'transport',
  'construction',
  'civil-explosives',
  'metal-smelting',
  'fishery',
] as const;

/** Every industry category: the high-risk ones plus the ordinary ones. */
export const INDUSTRIES = [
  ...HIGH_RISK_INDUSTRIES,
  'manufacturing',
  'trade',
  'warehousing',
  'services',
  'other',
] as const;

/** One of {@link INDUSTRIES}. */
export type Industry = (typeof INDUSTRIES)[number];

/** Chinese names of the industry categories. */
export const INDUSTRY_NAMES: Readonly<Record<Industry, string>> = {
  mining: '矿山',
  'hazardous-chemicals': '危险化学品',
  fireworks: '烟花爆竹',
  transport: '交通运输',
  construction: '建筑施工',
  'civil-explosives': '民用爆炸物品',
  'metal-smelting': '金属冶炼',
  fishery: '渔业生产',
  manufacturing: '工贸制造',
  trade: '商贸',
  warehousing: '仓储',
  services: '服务业',
  other: '其他',
};

/** TypeBox schema of an industry category. */
export const IndustrySchema = Type.Union(
  INDUSTRIES.map((i) => Type.Literal(i)),
  { description: 'Industry category' },
);

/** An industry name was not recognised. */
export class InvalidIndustryError extends ContractsError {
  constructor(readonly input: string) {
    super(
      'CONTRACTS.INVALID_INDUSTRY',
      `"${input}" is not an industry category; use one of: ${INDUSTRIES.join(', ')}.`,
    );
  }
}

/** True when `value` is an industry category. */
export function isIndustry(value: string): value is Industry {
  return (INDUSTRIES as readonly string[]).includes(value);
}

/**
 * Parses an industry category given by its code (`hazardous-chemicals`) or Chinese name.
 * @throws {InvalidIndustryError}
 */
export function parseIndustry(input: string): Industry {
  const v = input.trim();
  if (isIndustry(v)) return v;
  const byName = INDUSTRIES.find((i) => INDUSTRY_NAMES[i] === v);
  if (byName) return byName;
  throw new InvalidIndustryError(input);
}

/** Like {@link parseIndustry} but returns a result instead of throwing. */
export function checkIndustry(input: string): ParseResult<Industry, InvalidIndustryError> {
  return tryParse(() => parseIndustry(input), InvalidIndustryError);
}

/** True for the eight high-risk industries. */
export function isHighRisk(industry: Industry): boolean {
  return (HIGH_RISK_INDUSTRIES as readonly string[]).includes(industry);
}
