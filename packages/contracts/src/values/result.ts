import type { ContractsError } from '../errors.js';

/** Outcome of checking a value without throwing. */
export type ParseResult<T, E extends ContractsError = ContractsError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Runs a throwing parser and returns a {@link ParseResult} instead of throwing its `E`. */
export function tryParse<T, E extends ContractsError>(
  parse: () => T,
  errorClass: abstract new (...args: never[]) => E,
): ParseResult<T, E> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof errorClass) return { ok: false, error };
    throw error;
  }
}
