/**
 * A wake-up signal for a polling loop: `wait(ms)` resolves after `ms` or at the next `wake()`,
 * whichever is first. A `wake()` that arrives while nobody waits is remembered, so a NOTIFY
 * received during a batch is not lost.
 */
export class Wakeup {
  #pending = false;
  #resolve: (() => void) | undefined;

  /** Wakes the current waiter, or the next one. */
  wake(): void {
    if (this.#resolve) this.#resolve();
    else this.#pending = true;
  }

  /** Resolves after `ms` or on `wake()`. */
  wait(ms: number): Promise<void> {
    if (this.#pending) {
      this.#pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#resolve = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#resolve = done;
    });
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** Exponential backoff: 100 ms doubling per failure, capped at `maxMs`. */
export function backoffMs(failures: number, maxMs: number): number {
  return Math.min(maxMs, 100 * 2 ** Math.min(failures, 16));
}
