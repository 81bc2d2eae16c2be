// Opaque pagination cursors: base64url of a versioned JSON pair. Clients must not parse them;
// a malformed one is 400 HAZARDS.CURSOR_INVALID. (Same shape as the exchange's.)
import { DomainError } from '@yiwang/service-kit';

function encode(kind: string, value: string | number): string {
  return Buffer.from(JSON.stringify([kind, value]), 'utf8').toString('base64url');
}

function decode(kind: string, cursor: string): unknown {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === kind) return parsed[1];
  } catch {
    // fall through
  }
  throw new DomainError('HAZARDS.CURSOR_INVALID', 'The cursor is not one this API issued.');
}

/** Cursor of a keyset page (the last key seen). */
export function encodeKeyCursor(key: string): string {
  return encode('k1', key);
}

/** The key of a keyset cursor, or `undefined` for the first page. */
export function decodeKeyCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const value = decode('k1', cursor);
  if (typeof value !== 'string') {
    throw new DomainError('HAZARDS.CURSOR_INVALID', 'The cursor is not one this API issued.');
  }
  return value;
}

/** Splits a `limit + 1` result into a page and the next cursor. */
export function page<T>(rows: readonly T[], limit: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next = rows.length > limit && last !== undefined ? encodeKeyCursor(keyOf(last)) : null;
  return { items, next };
}
