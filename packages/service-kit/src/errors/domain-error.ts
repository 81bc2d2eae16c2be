/** Options of a {@link DomainError}. */
export interface DomainErrorOptions {
  /** Extra problem members (RFC 9457 §3.2 extension members), e.g. `{ missing: ['deadline'] }`. */
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** A short, occurrence-independent summary; defaults to the HTTP reason phrase. */
  readonly title?: string;
  /** The error that led to this one. */
  readonly cause?: unknown;
}

/**
 * Base class of every error a service throws on purpose. It carries a stable `code`
 * (`CONTEXT.REASON`, e.g. `HAZARDS.PLAN_INCOMPLETE`) and a human-readable detail, and
 * deliberately no HTTP status: the app's error handler maps codes to statuses (see
 * `statusForCode`). Subclass it per reason so callers can `instanceof` and tests can match.
 */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';
  /** Stable, documented, machine-readable code; never change it once released. */
  readonly code: string;
  /** Extension members copied into the problem+json body. */
  readonly extensions: Readonly<Record<string, unknown>>;
  /** Optional summary of the problem type. */
  readonly title: string | undefined;

  constructor(code: string, detail: string, options: DomainErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.extensions = options.extensions ?? {};
    this.title = options.title;
  }
}
