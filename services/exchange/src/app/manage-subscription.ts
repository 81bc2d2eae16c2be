// Switching an endpoint back on after it was disabled (its queue resumes where it stopped),
// switching it off by hand, and deleting it (its pending deliveries are cancelled).
import { and, eq } from 'drizzle-orm';
import { deliveries } from '../db/tables.js';
import { findSubscription, updateSubscription } from '../db/subscriptions.js';
import type { Deps } from '../deps.js';
import { notFound } from './decided.js';

/** Sets a subscription's status; `deleted` also cancels its pending deliveries. */
export async function setSubscriptionStatus(
  deps: Deps,
  id: string,
  status: 'active' | 'disabled' | 'deleted',
  reason?: string,
) {
  const at = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const sub = await findSubscription(tx, id, true);
    if (sub === undefined || sub.status === 'deleted') throw notFound('subscription', id);
    const active = status === 'active';
    await updateSubscription(tx, id, {
      status,
      disabledReason: active ? null : (reason ?? `${status} by an administrator`),
      disabledAt: active ? null : at,
      ...(active ? { consecutiveFailures: 0, failingSince: null } : {}),
      updatedAt: at,
    });
    if (status === 'deleted') {
      await tx
        .update(deliveries)
        .set({ status: 'cancelled', lastError: 'subscription deleted', completedAt: at })
        .where(and(eq(deliveries.subscriptionId, id), eq(deliveries.status, 'pending')));
    }
    return findSubscription(tx, id);
  });
}
