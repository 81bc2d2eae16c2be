// Manual redelivery of one delivery, and replay of a subscription from a point in time: both
// queue new deliveries (kind `redelivery` / `replay`) of what was shared, so the log keeps
// the history of the originals.
import { and, asc, eq, gte } from 'drizzle-orm';
import { DomainError } from '@yiwang/service-kit';
import { subscriptionWants } from '../domain/subscription.js';
import { findDelivery, insertDeliveries, type NewDelivery } from '../db/deliveries.js';
import { shares } from '../db/tables.js';
import { findSubscription } from '../db/subscriptions.js';
import type { Deps } from '../deps.js';
import { notFound } from './decided.js';

/** Queues one delivery again; returns the new delivery's id. */
export async function redeliver(deps: Deps, deliveryId: string): Promise<string> {
  const at = deps.clock.now();
  const original = await findDelivery(deps.database.db, deliveryId);
  if (original === undefined) throw notFound('delivery', deliveryId);
  const id = deps.ids.uuid();
  await insertDeliveries(deps.database.db, [fresh(original, id, 'redelivery', at)]);
  return id;
}

/** Queues every shared event of the subscription's department since `since` that it wants. */
export async function replaySubscription(deps: Deps, subscriptionId: string, since: Date) {
  const at = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const sub = await findSubscription(tx, subscriptionId, true);
    if (sub === undefined || sub.status === 'deleted')
      throw notFound('subscription', subscriptionId);
    const rows = await tx
      .select()
      .from(shares)
      .where(and(eq(shares.department, sub.department), gte(shares.sharedAt, since)))
      .orderBy(asc(shares.position))
      .limit(deps.config.EXCHANGE_IMPORT_MAX_ROWS + 1);
    if (rows.length > deps.config.EXCHANGE_IMPORT_MAX_ROWS) {
      throw new DomainError(
        'EXCHANGE.REPLAY_TOO_LARGE',
        'Replay a shorter period (too many events).',
      );
    }
    const queued: NewDelivery[] = rows
      .filter((s) => subscriptionWants(sub, { type: s.eventType, region: s.region }))
      .map((s) => ({
        id: deps.ids.uuid(),
        channel: 'webhook',
        subscriptionId: sub.id,
        department: s.department,
        sharePosition: s.position,
        eventId: s.eventId,
        eventType: s.eventType,
        aggregateKey: s.aggregateKey,
        sequence: s.sequence,
        kind: 'replay',
        status: 'pending',
        nextAttemptAt: at,
        createdAt: at,
      }));
    await insertDeliveries(tx, queued);
    return queued.length;
  });
}

function fresh(original: NewDelivery, id: string, kind: string, at: Date): NewDelivery {
  return {
    ...original,
    id,
    kind,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    leaseUntil: null,
    lastAttemptAt: null,
    lastStatus: null,
    lastError: null,
    createdAt: at,
    completedAt: null,
  };
}
