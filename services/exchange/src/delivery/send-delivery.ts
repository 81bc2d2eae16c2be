// Performs one leased delivery: checks the agreement is still in force and the endpoint still
// active, then POSTs the webhook or publishes on the department's NATS subject.
import { headers as natsHeaders } from '@nats-io/transport-node';
import { eq } from 'drizzle-orm';
import { agreementInForce } from '../domain/policy.js';
import { businessDate } from '../domain/time.js';
import { loadDepartment } from '../db/departments.js';
import type { DeliveryRow } from '../db/deliveries.js';
import { shares } from '../db/tables.js';
import type { SubscriptionRow } from '../db/subscriptions.js';
import type { Deps } from '../deps.js';
import { encodeFeedCursor } from '../http/cursor.js';
import { postWebhook, type AttemptOutcome } from './post-webhook.js';
import { signWebhook } from './sign.js';

/** What to do with a leased delivery. */
export type Attempt =
  | { readonly kind: 'cancel'; readonly reason: string }
  | { readonly kind: 'release' }
  | { readonly kind: 'attempted'; readonly outcome: AttemptOutcome };

/** Sends `delivery`; `sub` is its subscription for webhooks. */
export async function sendDelivery(
  deps: Deps,
  delivery: DeliveryRow,
  sub: SubscriptionRow | undefined,
): Promise<Attempt> {
  const now = deps.clock.now();
  const found = await loadDepartment(deps.database.db, delivery.department);
  if (found === undefined || !agreementInForce(found.department.policy, businessDate(now))) {
    return { kind: 'cancel', reason: 'sharing agreement expired' };
  }
  const [share] = await deps.database.db
    .select()
    .from(shares)
    .where(eq(shares.position, delivery.sharePosition));
  if (share === undefined) return { kind: 'cancel', reason: 'shared event missing' };
  const body = JSON.stringify(share.payload);
  if (delivery.channel === 'nats')
    return { kind: 'attempted', outcome: await publish(deps, share, delivery.id, body) };
  if (sub === undefined || sub.status !== 'active') return { kind: 'release' };
  const secret = deps.secrets.open(sub.secretSealed);
  const signed = signWebhook(secret, delivery.eventId, Math.floor(now.getTime() / 1000), body);
  const outcome = await postWebhook(sub.url, body, signed, deps.config.EXCHANGE_WEBHOOK_TIMEOUT_MS);
  return { kind: 'attempted', outcome };
}

async function publish(
  deps: Deps,
  share: typeof shares.$inferSelect,
  deliveryId: string,
  body: string,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const [, context, aggregate, event] = share.eventType.split('.');
  const subject = `${deps.config.EXCHANGE_BUS_PREFIX}_share.${share.department}.${context}.${aggregate}.${event}.${share.region}`;
  const h = natsHeaders();
  h.set('Nats-Msg-Id', deliveryId);
  h.set('Yiwang-Feed-Cursor', encodeFeedCursor(share.position));
  h.set('content-type', 'application/cloudevents+json');
  try {
    if (deps.shareNats.isClosed()) throw new Error('NATS connection closed');
    deps.shareNats.publish(subject, body, { headers: h });
    await deps.shareNats.flush();
    return { ok: true, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'publish failed';
    return {
      ok: false,
      error: message.slice(0, 200),
      durationMs: Math.round(performance.now() - started),
    };
  }
}
