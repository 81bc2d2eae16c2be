// The in-process delivery worker: a DB-backed queue (leases, FOR UPDATE SKIP LOCKED) polled
// every EXCHANGE_DELIVERY_POLL_MS; `runOnce` is exposed so tests drive it with their clock.
import { parseDuration } from '../domain/time.js';
import type { RetryRules } from '../domain/webhook-retry.js';
import { claimDue, findDelivery } from '../db/deliveries.js';
import { findSubscription } from '../db/subscriptions.js';
import type { Deps } from '../deps.js';
import { sendDelivery } from './send-delivery.js';
import { settleDelivery } from './settle-delivery.js';

/** The delivery worker. */
export interface DeliveryWorker {
  /** Claims and performs one batch of due deliveries; returns how many it handled. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** The retry rules from config. */
export function retryRules(deps: Pick<Deps, 'config'>): RetryRules {
  const c = deps.config;
  return {
    scheduleMs: c.EXCHANGE_WEBHOOK_RETRY_SCHEDULE.map(parseDuration),
    disableAfterMs: c.EXCHANGE_WEBHOOK_DISABLE_AFTER_HOURS * 3_600_000,
    disableAfterFailures: c.EXCHANGE_WEBHOOK_DISABLE_AFTER_FAILURES,
  };
}

/** Makes the worker (not started). */
export function makeDeliveryWorker(deps: Deps): DeliveryWorker {
  const rules = retryRules(deps);
  const leaseMs = deps.config.EXCHANGE_WEBHOOK_TIMEOUT_MS * 2 + 5_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  const deliverOne = async (id: string) => {
    try {
      const delivery = await findDelivery(deps.database.db, id);
      if (delivery === undefined) return;
      const sub =
        delivery.subscriptionId === null
          ? undefined
          : await findSubscription(deps.database.db, delivery.subscriptionId);
      const attempt = await sendDelivery(deps, delivery, sub);
      await settleDelivery(deps, rules, delivery, attempt);
    } catch (error) {
      // The lease runs out and the delivery is claimed again; one bad row never stops a batch.
      deps.logger.error({ err: error, delivery: id }, 'delivery failed unexpectedly');
    }
  };
  const runOnce = async () => {
    const ids = await claimDue(
      deps.database.db,
      deps.clock.now(),
      leaseMs,
      deps.config.EXCHANGE_DELIVERY_BATCH,
    );
    await Promise.all(ids.map((id) => deliverOne(id)));
    return ids.length;
  };
  const loop = async () => {
    let handled = 0;
    try {
      handled = await runOnce();
    } catch (error) {
      deps.logger.warn({ err: error }, 'delivery batch failed; will retry');
    }
    if (stopped) return;
    const full = handled >= deps.config.EXCHANGE_DELIVERY_BATCH;
    timer = setTimeout(tick, full ? 0 : deps.config.EXCHANGE_DELIVERY_POLL_MS);
  };
  const tick = () => {
    running = loop();
  };
  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      tick();
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
