// The delivery queue: rows per (share, channel/subscription), claimed by the worker head of
// line per aggregate, so event n+1 of an aggregate never goes to an endpoint before event n.
import { eq, sql } from 'drizzle-orm';
import { deliveries, deliveryAttempts } from './tables.js';
import type { Executor } from './types.js';

/** A delivery to insert. */
export type NewDelivery = typeof deliveries.$inferInsert;

/** A stored delivery. */
export type DeliveryRow = typeof deliveries.$inferSelect;

/** Inserts deliveries. */
export async function insertDeliveries(ex: Executor, rows: readonly NewDelivery[]) {
  if (rows.length > 0) await ex.insert(deliveries).values([...rows]);
}

/**
 * Leases up to `limit` due deliveries that are the oldest pending one of their lane (same
 * department, channel, subscription and aggregate, ordered by sequence then feed position),
 * whose subscription is active. Replicas skip each other's rows (SKIP LOCKED) and leases.
 */
export async function claimDue(ex: Executor, now: Date, leaseMs: number, limit: number) {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const result = await ex.execute<{ id: string }>(sql`
    update deliveries set lease_until = ${leaseUntil}
    where id in (
      select d.id from deliveries d
      left join webhook_subscriptions s on s.id = d.subscription_id
      where d.status = 'pending'
        and d.next_attempt_at <= ${now}
        and (d.lease_until is null or d.lease_until <= ${now})
        and (d.channel <> 'webhook' or s.status = 'active')
        and not exists (
          select 1 from deliveries e
          where e.status = 'pending'
            and e.department = d.department
            and e.channel = d.channel
            and e.subscription_id is not distinct from d.subscription_id
            and e.aggregate_key = d.aggregate_key
            and (e.sequence, e.share_position, e.created_at, e.id)
              < (d.sequence, d.share_position, d.created_at, d.id))
      order by d.next_attempt_at
      limit ${limit}
      for update of d skip locked)
    returning id`);
  return result.rows.map((r) => r.id);
}

/** Loads a delivery. */
export async function findDelivery(ex: Executor, id: string, forUpdate = false) {
  const q = ex.select().from(deliveries).where(eq(deliveries.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Updates a delivery. */
export async function updateDelivery(ex: Executor, id: string, values: Partial<NewDelivery>) {
  await ex.update(deliveries).set(values).where(eq(deliveries.id, id));
}

/** Records one attempt in the log. */
export async function recordAttempt(ex: Executor, row: typeof deliveryAttempts.$inferInsert) {
  await ex.insert(deliveryAttempts).values(row);
}
