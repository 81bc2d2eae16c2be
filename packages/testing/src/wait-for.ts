/** Raised when a `waitFor` condition did not hold in time. */
export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
}

/** What remains of `T` once falsy values are ruled out. */
export type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/**
 * Polls `condition` until it returns a truthy value (which is returned) or the timeout passes.
 * Errors thrown by the condition count as "not yet"; the last one is the timeout's cause.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeout = 5_000, interval = 25, message = 'condition' } = {},
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as Truthy<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      throw new WaitTimeoutError(`${message} did not hold within ${timeout} ms`, {
        cause: lastError,
      });
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
