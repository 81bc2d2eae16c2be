// What a decide function returns: the events to record, or why the command is refused. A
// rejection carries a stable code (INSURANCE.*) and no HTTP status (STYLE.md rule 6).

/** Why a command was refused. */
export interface Rejection {
  readonly code: string;
  readonly detail: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Events to record, or a rejection. */
export type Decision<E> =
  | { readonly ok: true; readonly events: readonly E[] }
  | { readonly ok: false; readonly rejection: Rejection };

/** Accepts a command with its events (possibly none: nothing changed). */
export function accept<E>(events: readonly E[]): Decision<E> {
  return { ok: true, events };
}

/** Refuses a command. */
export function reject<E>(
  code: string,
  detail: string,
  extensions?: Readonly<Record<string, unknown>>,
): Decision<E> {
  return {
    ok: false,
    rejection: extensions === undefined ? { code, detail } : { code, detail, extensions },
  };
}

/** Exhaustiveness guard for switches over discriminated unions. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
