/**
 * One dependency `/readyz` checks. `check` resolves when the dependency answers and rejects
 * (or outlives the timeout) when it does not.
 */
export interface ReadinessCheck {
  /** Shown in the `/readyz` answer, e.g. `database` or `nats`. */
  readonly name: string;
  readonly check: () => Promise<void>;
}

/** Whether each dependency answered. */
export type ReadinessReport = Record<string, 'up' | 'down'>;

/**
 * Runs every check concurrently, each bounded by `timeoutMs`, and reports which are up. A
 * check that hangs (a blackholed TCP connection) counts as down once the timeout passes.
 */
export async function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  timeoutMs: number,
): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(
      async ({ name, check }) =>
        [name, (await withTimeout(check(), timeoutMs)) ? 'up' : 'down'] as const,
    ),
  );
  return Object.fromEntries(results);
}

async function withTimeout(pending: Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([pending.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
