// Opaque pagination cursors: base64url of a versioned JSON pair [kind, value]. Clients must not
// parse them; a malformed one is 400 REQUEST.CURSOR_INVALID in every service.
import { DomainError } from '../errors/domain-error.js';

/** The error every service answers to a cursor it did not issue. */
export function invalidCursor(): DomainError {
  return new DomainError('REQUEST.CURSOR_INVALID', 'The cursor is not one this API issued.');
}

/** Encodes `value` as a cursor of `kind` (e.g. `k1` keyset, `f1` feed position). */
export function encodeCursor(kind: string, value: string | number): string {
  return Buffer.from(JSON.stringify([kind, value]), 'utf8').toString('base64url');
}

/** The value of a cursor of `kind`. @throws {DomainError} `REQUEST.CURSOR_INVALID`. */
export function decodeCursor(kind: string, cursor: string): unknown {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === kind) return parsed[1];
  } catch {
    // not JSON: invalid like any other foreign cursor
  }
  throw invalidCursor();
}

/** Cursor of a keyset page (the last key seen). */
export function encodeKeyCursor(key: string): string {
  return encodeCursor('k1', key);
}

/** The key of a keyset cursor, or `undefined` for the first page. */
export function decodeKeyCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const value = decodeCursor('k1', cursor);
  if (typeof value !== 'string') throw invalidCursor();
  return value;
}

/** Splits a `limit + 1` keyset result into a page and the next cursor (`null` at the end). */
export function keysetPage<T>(rows: readonly T[], limit: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next = rows.length > limit && last !== undefined ? encodeKeyCursor(keyOf(last)) : null;
  return { items, next };
}
