// Webhook retry and endpoint health (ARCHITECTURE.md §6): retries with backoff for at least
// 24 hours, then the delivery is given up; an endpoint failing without a single success for a
// sustained period is disabled. Numbers come from config (EXCHANGE_WEBHOOK_*).

/** Retry and disable settings. */
export interface RetryRules {
  /** Delays (ms) before the 2nd, 3rd, … attempt; attempts = schedule length + 1. */
  readonly scheduleMs: readonly number[];
  /** Disable after failing this long without a success … */
  readonly disableAfterMs: number;
  /** … and at least this many consecutive failed attempts. */
  readonly disableAfterFailures: number;
}

/** What happens to a delivery after a failed attempt number `attempts` (1-based). */
export function afterFailure(
  rules: RetryRules,
  attempts: number,
  now: Date,
): { readonly retryAt: Date } | { readonly giveUp: true } {
  const delay = rules.scheduleMs[attempts - 1];
  return delay === undefined ? { giveUp: true } : { retryAt: new Date(now.getTime() + delay) };
}

/** Endpoint health kept on the subscription. */
export interface EndpointHealth {
  readonly consecutiveFailures: number;
  readonly failingSince: Date | null;
}

/** Health after an attempt; `disable` says why the endpoint must be switched off, if it must. */
export function nextHealth(
  rules: RetryRules,
  health: EndpointHealth,
  outcome: { readonly ok: boolean; readonly status?: number },
  now: Date,
): { readonly health: EndpointHealth; readonly disable?: string } {
  if (outcome.ok) return { health: { consecutiveFailures: 0, failingSince: null } };
  const next = {
    consecutiveFailures: health.consecutiveFailures + 1,
    failingSince: health.failingSince ?? now,
  };
  // 410 Gone: the receiver says the endpoint no longer exists (as Standard Webhooks suggests).
  if (outcome.status === 410) return { health: next, disable: 'endpoint answered 410 Gone' };
  const failingFor = now.getTime() - next.failingSince.getTime();
  if (
    next.consecutiveFailures >= rules.disableAfterFailures &&
    failingFor >= rules.disableAfterMs
  ) {
    const hours = Math.round(failingFor / 3_600_000);
    return {
      health: next,
      disable: `${next.consecutiveFailures} consecutive failures over ${hours} h`,
    };
  }
  return { health: next };
}
