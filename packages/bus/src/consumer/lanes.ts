/**
 * Bounded concurrency with one lane per key: tasks of the same key (an aggregate) run one after
 * another in arrival order, tasks of different keys run in parallel, at most `capacity` at a
 * time. Keeps a consumer's per-aggregate order while it processes many aggregates at once.
 */
export class Lanes {
  readonly #capacity: number;
  readonly #tails = new Map<string, Promise<void>>();
  #reserved = 0;
  #waiters: (() => void)[] = [];
  #idle: (() => void)[] = [];

  constructor(capacity: number) {
    this.#capacity = Math.max(1, capacity);
  }

  /** Resolves once a slot is free, and reserves it for the next `run` (or `release`). */
  async acquire(): Promise<void> {
    while (this.#reserved >= this.#capacity) {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    this.#reserved += 1;
  }

  /** Gives back a reserved slot that will not be used. */
  release(): void {
    this.#reserved -= 1;
    this.#waiters.shift()?.();
    if (this.#reserved === 0) this.#idle.splice(0).forEach((resolve) => resolve());
  }

  /** Runs `task` in `key`'s lane with the slot reserved by `acquire`. `task` must not throw. */
  run(key: string, task: () => Promise<void>): void {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const tail = previous.then(task).finally(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
      this.release();
    });
    this.#tails.set(key, tail);
  }

  /** Resolves when no task runs or waits. */
  idle(): Promise<void> {
    if (this.#reserved === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
}
