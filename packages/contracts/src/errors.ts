/**
 * Base class of every error thrown by `@yiwang/contracts`. `code` is stable and safe to match
 * on; `message` is written for the person who typed the value (a clerk, an operator).
 */
export class ContractsError extends Error {
  /** Stable machine-readable code, e.g. `CONTRACTS.INVALID_USCC`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An event type string does not follow `yiwang.<context>.<aggregate>.<event>.v<N>`. */
export class InvalidEventTypeError extends ContractsError {
  constructor(
    readonly type: string,
    reason: string,
  ) {
    super('CONTRACTS.INVALID_EVENT_TYPE', `Event type "${type}" is invalid: ${reason}.`);
  }
}

/** An event definition is malformed (bad name parts, open schema, duplicate type). */
export class InvalidEventDefinitionError extends ContractsError {
  constructor(message: string) {
    super('CONTRACTS.INVALID_EVENT_DEFINITION', message);
  }
}

/** An event (envelope or data) does not match its definition in the catalog. */
export class InvalidEventError extends ContractsError {
  constructor(
    readonly type: string,
    readonly errors: readonly string[],
  ) {
    super(
      'CONTRACTS.INVALID_EVENT',
      `Event "${type}" does not match its contract: ${errors.slice(0, 5).join('; ')}${
        errors.length > 5 ? ` (and ${errors.length - 5} more)` : ''
      }`,
    );
  }
}
