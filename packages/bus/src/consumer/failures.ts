import { BusError } from '../errors.js';

/**
 * Thrown by a handler when a later attempt may succeed (a lock timeout, a peer that is down).
 * The message is redelivered after a backoff; unknown errors are treated the same way.
 */
export class TransientError extends BusError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BUS.TRANSIENT', message, options);
  }
}

/**
 * Thrown by a handler when no retry can ever succeed (the event contradicts the projection's
 * invariants, a reference that will never exist). The message goes to the dead-letter stream
 * at once.
 */
export class PermanentError extends BusError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BUS.PERMANENT', message, options);
  }
}

/** A delivered message is not a valid event of the catalog (bad JSON, unknown type, schema). */
export class EventRejectedError extends PermanentError {
  constructor(readonly errors: readonly string[]) {
    super(`Event rejected by the catalog: ${errors.slice(0, 5).join('; ')}`);
  }
}
