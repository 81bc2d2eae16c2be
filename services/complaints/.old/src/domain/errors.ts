// Domain errors carry a stable code and no HTTP status (STYLE.md rule 6). The application layer
// turns them into the kit's DomainError in one place (src/app/run-in-transaction.ts).

/** A business rule refused a command. `code` is stable, e.g. `COMPLAINTS.INVALID_TRANSITION`. */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation';

  constructor(
    readonly code: string,
    detail: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail);
  }
}

/** The command does not apply to a report in this status. */
export function invalidTransition(action: string, status: string): RuleViolation {
  return new RuleViolation(
    'COMPLAINTS.INVALID_TRANSITION',
    `Cannot ${action} a report whose status is "${status}".`,
    { status },
  );
}
