// The trace a listing case was opened in, kept beside the case (its own column) so the expiry
// sweeper, which runs outside any trace, can continue it (withStoredTrace of @yiwang/bus).
import { activeTraceFields, type TraceFields } from '@yiwang/bus';
import { eq } from 'drizzle-orm';
import { listings } from './tables.js';
import type { Executor } from './types.js';

/** Stores the active trace as the one case `id` was opened in (the caller just inserted it). */
export async function storeOpeningTrace(db: Executor, id: string): Promise<void> {
  const { traceparent } = activeTraceFields();
  if (traceparent === undefined) return;
  await db.update(listings).set({ traceParent: traceparent }).where(eq(listings.id, id));
}

/** The trace case `id` was opened in (none when it was opened outside a trace). */
export async function openingTrace(db: Executor, id: string): Promise<TraceFields> {
  const [row] = await db
    .select({ traceParent: listings.traceParent })
    .from(listings)
    .where(eq(listings.id, id));
  return { traceparent: row?.traceParent ?? undefined };
}
