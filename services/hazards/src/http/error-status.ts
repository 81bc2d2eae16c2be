// HTTP statuses of the hazards codes the kit's naming convention does not decide
// (…NOT_FOUND 404, …CONFLICT 409, …FORBIDDEN 403, anything else 422).
import type { ErrorStatusMap } from '@yiwang/service-kit';

/** The hazards service's code → status table. */
export const errorStatus: ErrorStatusMap = {
  'HAZARDS.ILLEGAL_TRANSITION': 409,
  'HAZARDS.NOT_OVERDUE': 409,
  'HAZARDS.NOT_DUE_SOON': 409,
  'HAZARDS.INSTALLATION_EXISTS': 409,
  'HAZARDS.FILING_EXISTS': 409,
  'HAZARDS.IDEMPOTENCY_CONFLICT': 409,
  'HAZARDS.PERIOD_INVALID': 400,
};
