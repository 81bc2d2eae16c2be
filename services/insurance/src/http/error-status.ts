// HTTP statuses of the insurance codes the kit's naming convention does not decide
// (…NOT_FOUND 404, …CONFLICT 409, …FORBIDDEN 403, anything else 422).
import type { ErrorStatusMap } from '@yiwang/service-kit';

/** The insurance service's code → status table. */
export const errorStatus: ErrorStatusMap = {
  'INSURANCE.ILLEGAL_TRANSITION': 409,
  'INSURANCE.NOT_ENDED': 409,
};
