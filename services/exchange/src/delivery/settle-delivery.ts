// Records an attempt's outcome: the attempt log, the delivery's next state (succeeded, retry
// at the scheduled time, or given up) and the endpoint's health (disabled after sustained
// failure), in one transaction.
import { afterFailure, nextHealth, type RetryRules } from '../domain/webhook-retry.js';
import { recordAttempt, updateDelivery, type DeliveryRow } from '../db/deliveries.js';
import { findSubscription, updateSubscription } from '../db/subscriptions.js';
import type { Deps } from '../deps.js';
import type { Attempt } from './send-delivery.js';

/** Applies what happened to a leased delivery. */
export async function settleDelivery(
  deps: Deps,
  rules: RetryRules,
  delivery: DeliveryRow,
  attempt: Attempt,
) {
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    if (attempt.kind === 'release') {
      await updateDelivery(tx, delivery.id, { leaseUntil: null });
      return;
    }
    if (attempt.kind === 'cancel') {
      await updateDelivery(tx, delivery.id, {
        status: 'cancelled',
        lastError: attempt.reason,
        leaseUntil: null,
        completedAt: now,
      });
      return;
    }
    const { outcome } = attempt;
    const attempts = delivery.attempts + 1;
    await recordAttempt(tx, {
      deliveryId: delivery.id,
      attemptedAt: now,
      ok: outcome.ok,
      statusCode: outcome.status ?? null,
      error: outcome.error ?? null,
      durationMs: outcome.durationMs,
    });
    const common = {
      attempts,
      lastAttemptAt: now,
      lastStatus: outcome.status ?? null,
      leaseUntil: null,
    };
    if (outcome.ok) {
      await updateDelivery(tx, delivery.id, {
        ...common,
        status: 'succeeded',
        lastError: null,
        completedAt: now,
      });
    } else {
      const next = afterFailure(rules, attempts, now);
      await updateDelivery(tx, delivery.id, {
        ...common,
        lastError: outcome.error ?? 'failed',
        ...('retryAt' in next
          ? { nextAttemptAt: next.retryAt }
          : { status: 'failed', completedAt: now }),
      });
    }
    if (delivery.subscriptionId === null) return;
    const sub = await findSubscription(tx, delivery.subscriptionId, true);
    if (sub === undefined) return;
    const health = nextHealth(rules, sub, outcome, now);
    await updateSubscription(tx, sub.id, {
      consecutiveFailures: health.health.consecutiveFailures,
      failingSince: health.health.failingSince,
      ...(health.disable !== undefined && sub.status === 'active'
        ? { status: 'disabled', disabledReason: health.disable, disabledAt: now }
        : {}),
      updatedAt: now,
    });
  });
}
