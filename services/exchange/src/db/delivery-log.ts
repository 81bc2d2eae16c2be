// The delivery log: pages of deliveries per subscription or department, newest first, and
// the attempts of one delivery.
import { and, desc, eq, lt } from 'drizzle-orm';
import { deliveries, deliveryAttempts } from './tables.js';
import type { Executor } from './types.js';

/** A page of a subscription's deliveries, newest first, before the `before` id. */
export async function subscriptionDeliveries(
  ex: Executor,
  subscriptionId: string,
  status: string | undefined,
  before: string | undefined,
  limit: number,
) {
  return ex
    .select()
    .from(deliveries)
    .where(
      and(
        eq(deliveries.subscriptionId, subscriptionId),
        status === undefined ? undefined : eq(deliveries.status, status),
        before === undefined ? undefined : lt(deliveries.id, before),
      ),
    )
    .orderBy(desc(deliveries.id))
    .limit(limit + 1);
}

/** Attempts of a delivery, oldest first. */
export async function attemptsOf(ex: Executor, deliveryId: string) {
  return ex
    .select()
    .from(deliveryAttempts)
    .where(eq(deliveryAttempts.deliveryId, deliveryId))
    .orderBy(deliveryAttempts.id);
}

/** A page of a department's deliveries (every channel), newest first, before the `before` id. */
export async function departmentDeliveries(
  ex: Executor,
  department: string,
  filter: { channel?: string | undefined; status?: string | undefined },
  before: string | undefined,
  limit: number,
) {
  return ex
    .select()
    .from(deliveries)
    .where(
      and(
        eq(deliveries.department, department),
        filter.channel === undefined ? undefined : eq(deliveries.channel, filter.channel),
        filter.status === undefined ? undefined : eq(deliveries.status, filter.status),
        before === undefined ? undefined : lt(deliveries.id, before),
      ),
    )
    .orderBy(desc(deliveries.id))
    .limit(limit + 1);
}
