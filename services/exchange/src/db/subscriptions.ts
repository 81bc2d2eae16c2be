// Webhook subscriptions: queries.
import { and, asc, eq } from 'drizzle-orm';
import { webhookSubscriptions } from './tables.js';
import type { Executor } from './types.js';

/** A stored subscription. */
export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;

/** Inserts a subscription. */
export async function insertSubscription(
  ex: Executor,
  row: typeof webhookSubscriptions.$inferInsert,
) {
  await ex.insert(webhookSubscriptions).values(row);
}

/** Loads a subscription, locking it when `forUpdate`. */
export async function findSubscription(ex: Executor, id: string, forUpdate = false) {
  const q = ex.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** A department's subscriptions (active ones only when `activeOnly`). */
export async function subscriptionsOf(ex: Executor, department: string, activeOnly = false) {
  return ex
    .select()
    .from(webhookSubscriptions)
    .where(
      and(
        eq(webhookSubscriptions.department, department),
        activeOnly ? eq(webhookSubscriptions.status, 'active') : undefined,
      ),
    )
    .orderBy(asc(webhookSubscriptions.createdAt), asc(webhookSubscriptions.id));
}

/** Updates a subscription. */
export async function updateSubscription(
  ex: Executor,
  id: string,
  values: Partial<typeof webhookSubscriptions.$inferInsert>,
) {
  await ex.update(webhookSubscriptions).set(values).where(eq(webhookSubscriptions.id, id));
}
