// The fan-out (ARCHITECTURE.md §6): an event published by any context is shared with every
// department whose policy grants it, projected to the granted fields. In the consumer's
// transaction (with its inbox row): ledger entries, feed rows, and queued webhook/NATS
// deliveries. Default deny: no policy, no row.
import type { CloudEvent } from '@yiwang/contracts';
import { canonicalJson } from '../domain/canonical-json.js';
import type { Department } from '../domain/department.js';
import { entitlement } from '../domain/policy.js';
import { projectEvent } from '../domain/projection.js';
import { subscriptionWants } from '../domain/subscription.js';
import { businessDate } from '../domain/time.js';
import { allDepartments } from '../db/departments.js';
import { insertDeliveries, type NewDelivery } from '../db/deliveries.js';
import { appendShares, type NewShare } from '../db/ledger.js';
import { enterFanOutGate } from '../db/locks.js';
import { subscriptionsOf } from '../db/subscriptions.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';

/** Shares one event; returns how many departments received it. */
export async function shareEvent(deps: Deps, tx: Executor, event: CloudEvent): Promise<number> {
  if (event.classification === 'restricted') return 0;
  await enterFanOutGate(tx);
  return shareWith(deps, tx, event, await allDepartments(tx), 'initial');
}

/**
 * Shares `event` with those of `departments` entitled to it today, queueing deliveries of
 * `kind` (`initial` at fan-out, `catch-up` for a department that joined late); returns how
 * many departments received it.
 */
export async function shareWith(
  deps: Deps,
  tx: Executor,
  event: CloudEvent,
  departments: readonly Department[],
  kind: 'initial' | 'catch-up',
): Promise<number> {
  const now = deps.clock.now();
  const today = businessDate(now);
  const [, context, aggregate] = event.type.split('.');
  const aggregateKey = `${context}.${aggregate}:${event.subject}`;
  const shared: { share: NewShare; channels: readonly string[] }[] = [];
  for (const department of departments) {
    const granted = entitlement(department.policy, event, today);
    if (!granted.granted) continue;
    const payload = projectEvent(event as unknown as Record<string, unknown>, granted.paths);
    const share: NewShare = {
      department: department.code,
      eventId: event.id,
      eventType: event.type,
      aggregateKey,
      sequence: event.sequence,
      region: event.region,
      payload,
      payloadHash: deps.sha256(canonicalJson(payload)),
    };
    shared.push({ share, channels: department.channels });
  }
  const positions = await appendShares(
    tx,
    shared.map((s) => s.share),
    now,
    deps.sha256,
  );
  const queued: NewDelivery[] = [];
  for (const [i, { share, channels }] of shared.entries()) {
    const base = {
      department: share.department,
      sharePosition: positions[i] as number,
      eventId: event.id,
      eventType: event.type,
      aggregateKey,
      sequence: event.sequence,
      kind,
      status: 'pending',
      nextAttemptAt: now,
      createdAt: now,
    };
    if (channels.includes('nats')) queued.push({ ...base, id: deps.ids.uuid(), channel: 'nats' });
    if (!channels.includes('webhook')) continue;
    for (const sub of await subscriptionsOf(tx, share.department, true)) {
      if (!subscriptionWants(sub, event)) continue;
      queued.push({ ...base, id: deps.ids.uuid(), channel: 'webhook', subscriptionId: sub.id });
    }
  }
  await insertDeliveries(tx, queued);
  return shared.length;
}
