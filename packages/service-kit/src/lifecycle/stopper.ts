import type { Logger } from 'pino';
import { runClosers, type Closer } from './shutdown-sequence.js';

/** Stops the process once: `stop(reason, exitCode)`. */
export type Stop = (reason: string, exitCode: 0 | 1) => Promise<void>;

/**
 * Makes the process's single stop routine: run `closers()` in order, then exit with
 * `exitCode` (1 if a closer failed). A watchdog exits 1 after `timeoutMs`, and a second call
 * (a second Ctrl-C) exits 1 at once, so a stuck drain never keeps a pod terminating forever.
 */
export function createStopper(
  logger: Logger,
  timeoutMs: number,
  closers: () => readonly Closer[],
): Stop {
  let stopping = false;
  return async (reason, exitCode) => {
    if (stopping) {
      logger.warn({ reason }, 'second stop request, exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ reason }, 'shutting down');
    setTimeout(() => {
      logger.fatal({ timeoutMs }, 'shutdown timed out');
      process.exit(1);
    }, timeoutMs).unref();
    const clean = await runClosers(closers(), logger);
    logger.info({ exitCode: clean ? exitCode : 1 }, 'stopped');
    process.exit(clean ? exitCode : 1);
  };
}
