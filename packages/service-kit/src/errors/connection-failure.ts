/** Node socket errors that mean "the server is not reachable right now". */
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** PostgreSQL SQLSTATEs outside class 08 that mean "try again later" (Appendix A). */
const unavailableSqlStates = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres reports pool and connection failures by message only. */
const pgMessages = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /client has encountered a connection error/i,
];

/**
 * Whether an error (or anything in its `cause` chain or `AggregateError.errors`) means a
 * backing service is unreachable: socket errors, SQLSTATE class 08 (connection exception),
 * `57P01` admin shutdown, `57P03` cannot connect now, `53300` too many connections, and
 * pg-pool connect timeouts. Such errors become 503 with `Retry-After`, never 500
 * (ARCHITECTURE §4: database down is not a crash).
 */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (depth > 8 || typeof error !== 'object' || error === null) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string') {
    if (socketCodes.has(code) || unavailableSqlStates.has(code) || /^08[0-9A-Z]{3}$/.test(code)) {
      return true;
    }
  }
  if (typeof message === 'string' && pgMessages.some((pattern) => pattern.test(message))) {
    return true;
  }
  if (Array.isArray(errors) && errors.some((inner) => isConnectionFailure(inner, depth + 1))) {
    return true;
  }
  return isConnectionFailure(cause, depth + 1);
}
