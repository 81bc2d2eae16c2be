// HTTP statuses of the credit codes the kit's naming convention does not decide
// (…NOT_FOUND 404, …CONFLICT 409, …FORBIDDEN 403, anything else 422).
import type { ErrorStatusMap } from '@yiwang/service-kit';

/** The credit service's code → status table. */
export const errorStatus: ErrorStatusMap = {
  'CREDIT.ILLEGAL_TRANSITION': 409,
  'CREDIT.NOT_EXPIRED': 409,
  'CREDIT.IDEMPOTENCY_KEY_REUSED': 409,
};
