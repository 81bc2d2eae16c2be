// HTTP statuses of the permits codes the kit's naming convention does not decide
// (…NOT_FOUND 404, …CONFLICT 409, …FORBIDDEN 403, anything else 422).
import type { ErrorStatusMap } from '@yiwang/service-kit';

/** The permits service's code → status table. */
export const errorStatus: ErrorStatusMap = {
  'PERMITS.ILLEGAL_TRANSITION': 409,
  'PERMITS.NOTICE_ALREADY_SENT': 409,
  'PERMITS.NOT_DUE': 409,
};
