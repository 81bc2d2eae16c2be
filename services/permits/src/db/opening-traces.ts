// The trace an application or licence was opened in, kept beside it (its own column) so the
// sweeper, which runs outside any trace, can continue it (withStoredTrace of @yiwang/bus).
import { activeTraceFields, type TraceFields } from '@yiwang/bus';
import { eq } from 'drizzle-orm';
import type { applications, licences } from './tables.js';
import type { Executor } from './types.js';

/** The aggregates the sweeper acts on. */
export type Traced = typeof applications | typeof licences;

/** Stores the active trace as the one row `id` was opened in (the caller just inserted it). */
export async function storeOpeningTrace(db: Executor, table: Traced, id: string): Promise<void> {
  const { traceparent } = activeTraceFields();
  if (traceparent === undefined) return;
  await db.update(table).set({ traceParent: traceparent }).where(eq(table.id, id));
}

/** The trace row `id` was opened in (none when it was opened outside a trace). */
export async function openingTrace(db: Executor, table: Traced, id: string): Promise<TraceFields> {
  const [row] = await db
    .select({ traceParent: table.traceParent })
    .from(table)
    .where(eq(table.id, id));
  return { traceparent: row?.traceParent ?? undefined };
}
