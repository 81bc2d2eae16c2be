// The feed cursor of the exchange: a ledger position (stable, monotonic), opaque to clients.
// Keyset cursors and the cursor format itself come from the service kit.
import { decodeCursor, encodeCursor, invalidCursor } from '@yiwang/service-kit';

/** Feed cursor of a ledger position. */
export function encodeFeedCursor(position: number): string {
  return encodeCursor('f1', position);
}

/** The ledger position of a feed cursor; 0 (the start) when absent. */
export function decodeFeedCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  const value = decodeCursor('f1', cursor);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw invalidCursor();
  return value;
}
