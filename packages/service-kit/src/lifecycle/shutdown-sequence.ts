import type { Logger } from 'pino';

/** A named resource closer, e.g. `{ name: 'nats', close: () => nc.drain() }`. */
export interface Closer {
  readonly name: string;
  readonly close: () => Promise<void>;
}

/**
 * Runs closers one after another in the given order, logging each failure and continuing:
 * a NATS drain that fails must not keep the database pool open. Resolves to whether all
 * succeeded.
 */
export async function runClosers(closers: readonly Closer[], logger: Logger): Promise<boolean> {
  let clean = true;
  for (const closer of closers) {
    try {
      await closer.close();
      logger.info({ closer: closer.name }, 'closed');
    } catch (error) {
      clean = false;
      logger.error({ err: error, closer: closer.name }, 'close failed');
    }
  }
  return clean;
}
