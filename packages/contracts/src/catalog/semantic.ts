import { ISO_DATE_PATTERN, TIMESTAMP_PATTERN, isRealDate, isTimestamp } from '../values/time.js';
import { USCC_PATTERN, isValidUscc } from '../values/uscc.js';

/**
 * Checks a pattern cannot express, for values that already passed the schema: USCC check
 * digits and real calendar dates (no 31 February). Recognises the value-object schemas by
 * their pattern, so plain JSON Schema consumers still see standard keywords only.
 */
export function semanticErrors(schema: unknown, value: unknown, path = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const s = schema as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof value === 'string') {
    if (s['pattern'] === USCC_PATTERN && !isValidUscc(value)) {
      errors.push(`${path || '/'}: "${value}" has a wrong USCC check digit`);
    } else if (s['pattern'] === ISO_DATE_PATTERN && !isRealDate(value)) {
      errors.push(`${path || '/'}: "${value}" is not a real calendar date`);
    } else if (s['pattern'] === TIMESTAMP_PATTERN && !isTimestamp(value)) {
      errors.push(`${path || '/'}: "${value}" is not a real date-time`);
    }
  }
  if (Array.isArray(value) && s['items'] !== undefined) {
    value.forEach((item, i) => errors.push(...semanticErrors(s['items'], item, `${path}/${i}`)));
  }
  const props = s['properties'];
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && props) {
    for (const [key, child] of Object.entries(props as Record<string, unknown>)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) errors.push(...semanticErrors(child, v, `${path}/${key}`));
    }
  }
  return errors;
}
