import type pg from 'pg';

/**
 * Loads `pg` on first use instead of at import time. The OpenTelemetry pg instrumentation
 * patches the module when it is loaded, so importing it lazily lets `startTelemetry()` (called
 * first in `runService`) see every query, even though the kit's index is imported earlier.
 */
export async function loadPg(): Promise<typeof pg> {
  const module = await import('pg');
  return module.default;
}
