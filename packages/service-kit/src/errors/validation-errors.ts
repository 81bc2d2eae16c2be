import type { FastifySchemaValidationError } from 'fastify';

/** One failing field of a `REQUEST.INVALID` problem. */
export interface FieldError {
  /** Which part of the request: `body`, `querystring`, `params` or `headers`. */
  readonly in: string;
  /** JSON Pointer (RFC 6901) to the field within that part; `''` is the whole part. */
  readonly pointer: string;
  /** What is wrong, e.g. `must be integer`. */
  readonly message: string;
}

const escapePointer = (segment: string): string =>
  segment.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Turns Ajv's errors (collected with `allErrors: true`) into one entry per failing field.
 * Ajv reports a missing or extra property at its parent object; the pointer here names the
 * property itself, which is what a client needs to highlight the field.
 */
export function fieldErrors(
  part: string,
  errors: readonly FastifySchemaValidationError[],
): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    const params = error.params;
    let pointer = error.instancePath;
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required' && typeof params['missingProperty'] === 'string') {
      pointer = `${pointer}/${escapePointer(params['missingProperty'])}`;
      message = 'is required';
    } else if (
      error.keyword === 'additionalProperties' &&
      typeof params['additionalProperty'] === 'string'
    ) {
      pointer = `${pointer}/${escapePointer(params['additionalProperty'])}`;
      message = 'is not allowed';
    }
    const key = `${pointer}\u0000${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      result.push({ in: part, pointer, message });
    }
  }
  return result;
}
