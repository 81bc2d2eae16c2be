import { PermanentError } from './failures.js';

/** What to do with a message whose processing failed. */
export type FailureDecision =
  { action: 'retry'; delayMs: number } | { action: 'dead-letter'; reason: string };

/** The retry policy of one consumer. */
export interface RetryPolicy {
  /** JetStream `max_deliver`: the attempt with this number is the last one. */
  maxDeliver: number;
  /** Delay before attempt n+1 is `backoffMs[n-1]`, the last entry repeating. */
  backoffMs: readonly number[];
}

/**
 * The one place where consumer failures become retry or dead-letter (STYLE.md rule 6).
 * `PermanentError` (and schema-invalid events, a subclass) dead-letter at once; everything else —
 * `TransientError`, a lost database connection, a bug — is retried with backoff until the last
 * allowed delivery, which dead-letters instead of vanishing silently at `max_deliver`.
 */
export function classifyFailure(
  error: unknown,
  deliveryCount: number,
  policy: RetryPolicy,
): FailureDecision {
  const message = describe(error);
  if (error instanceof PermanentError) return { action: 'dead-letter', reason: message };
  if (deliveryCount >= policy.maxDeliver) {
    return {
      action: 'dead-letter',
      reason: `gave up after ${deliveryCount} deliveries: ${message}`,
    };
  }
  const { backoffMs } = policy;
  const delayMs = backoffMs[Math.min(deliveryCount, backoffMs.length) - 1] ?? 0;
  return { action: 'retry', delayMs };
}

/** `Name: message` of an error, or its string form for anything thrown that is not an Error. */
export function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
