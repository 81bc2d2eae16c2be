// The trace a policy was issued in, kept beside the policy (its own column) so the lapse
// sweeper, which runs outside any trace, can continue it (withStoredTrace of @yiwang/bus).
import { activeTraceFields, type TraceFields } from '@yiwang/bus';
import { eq } from 'drizzle-orm';
import { policies } from './tables.js';
import type { Executor } from './types.js';

/** Stores the active trace as the one policy `id` was issued in (the caller just inserted it). */
export async function storeIssuingTrace(db: Executor, id: string): Promise<void> {
  const { traceparent } = activeTraceFields();
  if (traceparent === undefined) return;
  await db.update(policies).set({ traceParent: traceparent }).where(eq(policies.id, id));
}

/** The trace policy `id` was issued in (none when it was issued outside a trace). */
export async function issuingTrace(db: Executor, id: string): Promise<TraceFields> {
  const [row] = await db
    .select({ traceParent: policies.traceParent })
    .from(policies)
    .where(eq(policies.id, id));
  return { traceparent: row?.traceParent ?? undefined };
}
