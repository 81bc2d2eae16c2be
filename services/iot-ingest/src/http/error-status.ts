// HTTP statuses of the iot codes the kit's naming convention does not decide
// (…NOT_FOUND 404, …CONFLICT 409, …FORBIDDEN 403, …UNAUTHENTICATED 401, anything else 422).
import type { ErrorStatusMap } from '@yiwang/service-kit';

/** The iot-ingest service's code → status table. */
export const errorStatus: ErrorStatusMap = {
  'IOT.ILLEGAL_TRANSITION': 409,
};
