/**
 * Base class of every error thrown by `@yiwang/bus`. `code` is stable and safe to match on; the
 * underlying failure, when there is one, is the standard `cause`.
 */
export class BusError extends Error {
  /** Stable machine-readable code, e.g. `BUS.OUTBOX_EVENT_INVALID`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A bus option is out of range (a prefix that is not a subject token, a zero batch size…). */
export class BusConfigError extends BusError {
  constructor(message: string) {
    super('BUS.CONFIG_INVALID', message);
  }
}

/**
 * `outbox.add` was given an event the catalog rejects. Thrown before anything is written, so the
 * caller's transaction fails and the state change does not commit without its event.
 */
export class OutboxEventInvalidError extends BusError {
  constructor(
    /** Index of the offending event in the batch passed to `outbox.add`. */
    readonly index: number,
    /** Validation messages from the catalog. */
    readonly errors: readonly string[],
  ) {
    super(
      'BUS.OUTBOX_EVENT_INVALID',
      `Event #${index} does not match the catalog: ${errors.slice(0, 5).join('; ')}`,
    );
  }
}

/** Creating or updating a JetStream stream failed. */
export class StreamProvisionError extends BusError {
  constructor(stream: string, cause: unknown) {
    super('BUS.STREAM_PROVISION_FAILED', `Cannot provision stream ${stream}`, { cause });
  }
}

/** Creating or updating a durable consumer failed (e.g. a change the server refuses). */
export class ConsumerProvisionError extends BusError {
  constructor(stream: string, durable: string, cause: unknown) {
    super('BUS.CONSUMER_PROVISION_FAILED', `Cannot provision consumer ${durable} on ${stream}`, {
      cause,
    });
  }
}

/** No dead letter with the given sequence exists in the dead-letter stream. */
export class DeadLetterNotFoundError extends BusError {
  constructor(readonly seq: number) {
    super('BUS.DEAD_LETTER_NOT_FOUND', `No dead letter with sequence ${seq}`);
  }
}
