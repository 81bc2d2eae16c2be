import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  decodeKeyCursor,
  encodeCursor,
  encodeKeyCursor,
  keysetPage,
} from './cursor.js';

describe('pagination cursors', () => {
  it('round-trips a keyset cursor and pages a limit + 1 result', () => {
    expect(decodeKeyCursor(encodeKeyCursor('hz-42'))).toBe('hz-42');
    expect(decodeKeyCursor(undefined)).toBeUndefined();
    const { items, next } = keysetPage(['a', 'b', 'c'], 2, (row) => row);
    expect(items).toEqual(['a', 'b']);
    expect(decodeKeyCursor(next ?? '')).toBe('b');
    expect(keysetPage(['a'], 2, (row) => row).next).toBeNull();
  });

  it('refuses cursors it did not issue, of another kind, or of the wrong type', () => {
    for (const foreign of ['not-base64!', encodeCursor('f1', 7), encodeCursor('k1', 7), 'e30']) {
      expect(() => decodeKeyCursor(foreign)).toThrow(
        expect.objectContaining({ code: 'REQUEST.CURSOR_INVALID' }),
      );
    }
    expect(decodeCursor('f1', encodeCursor('f1', 7))).toBe(7);
  });
});
