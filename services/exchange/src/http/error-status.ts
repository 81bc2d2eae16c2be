// HTTP statuses of the exchange's codes that the kit's naming convention does not decide
// (…NOT_FOUND 404, …ALREADY_EXISTS/CONFLICT 409, …FORBIDDEN 403, …UNAUTHENTICATED 401,
// anything else 422).
import type { ErrorStatusMap } from '@yiwang/service-kit';

/** The exchange's code → status table. */
export const errorStatus: ErrorStatusMap = {
  'EXCHANGE.GRID_TASK_ILLEGAL_TRANSITION': 409,
  'EXCHANGE.GRID_REPORT_ILLEGAL_TRANSITION': 409,
  'EXCHANGE.IDEMPOTENCY_KEY_REUSED': 409,
  'EXCHANGE.IMPORT_MALFORMED': 400,
  'EXCHANGE.IMPORT_TOO_MANY_ROWS': 413,
  'EXCHANGE.AGREEMENT_EXPIRED': 403,
  'EXCHANGE.GRID_CENTRE_ONLY': 403,
};
