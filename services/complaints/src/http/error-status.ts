// HTTP statuses of the service's own error codes where the kit's naming convention
// (statusForCode: …_NOT_FOUND 404, …_FORBIDDEN 403, … else 422) does not already give them.
import type { ErrorStatusMap } from '@yiwang/service-kit';

export const ERROR_STATUS: ErrorStatusMap = {
  'COMPLAINTS.INVALID_USCC': 400,
  'COMPLAINTS.INVALID_CURSOR': 400,
  'COMPLAINTS.INVALID_COORDINATE': 400,
  'COMPLAINTS.OPEN311_FILTER_REQUIRED': 400,
  'COMPLAINTS.INVALID_TRANSITION': 409,
};
