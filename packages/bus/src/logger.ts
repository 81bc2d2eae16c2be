/** One log method, pino's `(object, message)` form. */
export type BusLogFn = (fields: Record<string, unknown>, message: string) => void;

/**
 * The subset of a pino logger the bus writes to; a pino logger is one. `child` adds fields
 * (event id, consumer) to everything a handler logs.
 */
export interface BusLogger {
  debug: BusLogFn;
  info: BusLogFn;
  warn: BusLogFn;
  error: BusLogFn;
  child?(fields: Record<string, unknown>): BusLogger;
}

const noop: BusLogFn = () => undefined;

/** A logger that drops everything: the default when a caller passes none. */
export const silentLogger: BusLogger = { debug: noop, info: noop, warn: noop, error: noop };

/** `logger.child(fields)` when the logger supports it, else the logger itself. */
export function childLogger(logger: BusLogger, fields: Record<string, unknown>): BusLogger {
  return logger.child ? logger.child(fields) : logger;
}
