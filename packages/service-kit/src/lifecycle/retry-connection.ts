import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { isConnectionFailure } from '../errors/connection-failure.js';

/** Options of {@link retryWhileUnreachable}. */
export interface RetryOptions {
  readonly logger: Logger;
  /** What is being attempted, for the log (e.g. `migrate database`). */
  readonly what: string;
  /** First delay; doubles up to `maxDelayMs`. Defaults 250 ms and 10 s. */
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Aborts the waiting (e.g. on shutdown); the last error is then thrown. */
  readonly signal?: AbortSignal;
}

/**
 * Runs `operation`, retrying with capped exponential backoff for as long as it fails because
 * a dependency is unreachable (see `isConnectionFailure`); any other error is thrown at once.
 * Wrap start-up steps such as `ensureDatabase` and `migrateDatabase` in it, so a service
 * started before its database waits instead of crash-looping (ARCHITECTURE §4).
 */
export async function retryWhileUnreachable<T>(
  operation: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  let delay = options.initialDelayMs ?? 250;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (!isConnectionFailure(error) || options.signal?.aborted === true) throw error;
      options.logger.warn(
        { err: error, attempt, retryInMs: delay },
        `${options.what}: dependency unreachable, retrying`,
      );
      await sleep(delay, undefined, { signal: options.signal }).catch(() => {
        throw error;
      });
      delay = Math.min(delay * 2, options.maxDelayMs ?? 10_000);
    }
  }
}
