import { Kind, type TSchema } from '@sinclair/typebox';

const integerText = /^[+-]?\d+$/;
const numberText = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const booleans = new Map([
  ['true', true],
  ['1', true],
  ['false', false],
  ['0', false],
]);

/**
 * Converts one environment string to the type its schema asks for. Conversion is strict on
 * purpose: `"5.5"` is not an integer and `"0x10"` is not a number, so a typo is reported
 * instead of silently becoming another value (TypeBox's `Value.Convert` would truncate).
 * Arrays are comma-separated lists; values that cannot be converted are returned unchanged
 * and rejected by schema validation afterwards.
 */
export function convertEnvValue(schema: TSchema, raw: string): unknown {
  switch (schema[Kind]) {
    case 'Integer':
      return integerText.test(raw.trim()) ? Number(raw) : raw;
    case 'Number':
      return numberText.test(raw.trim()) ? Number(raw) : raw;
    case 'Boolean':
      return booleans.get(raw.trim().toLowerCase()) ?? raw;
    case 'Array': {
      const items = (schema as TSchema & { items: TSchema }).items;
      return raw
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => convertEnvValue(items, part));
    }
    default:
      return raw;
  }
}
