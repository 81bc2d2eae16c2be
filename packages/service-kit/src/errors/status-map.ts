/** A service's own code → HTTP status table, e.g. `{ 'HAZARDS.PLAN_INCOMPLETE': 422 }`. */
export type ErrorStatusMap = Readonly<Record<string, number>>;

/** Statuses of the codes the kit itself raises. */
const kitStatuses: ErrorStatusMap = {
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.FORBIDDEN': 403,
  'REQUEST.INVALID': 400,
  'REQUEST.CURSOR_INVALID': 400,
  'REQUEST.MALFORMED_JSON': 400,
  'REQUEST.TOO_DEEP': 400,
  'REQUEST.FORBIDDEN_KEY': 400,
  'REQUEST.NUL_CHARACTER': 400,
  'REQUEST.TOO_LARGE': 413,
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 415,
  'REQUEST.RATE_LIMITED': 429,
  'ROUTE.NOT_FOUND': 404,
  'SERVICE.UNAVAILABLE': 503,
  'SERVICE.NOT_READY': 503,
  INTERNAL: 500,
};

/** Naming convention for codes a service does not list: how the last segment ends decides. */
const suffixStatuses: ReadonlyArray<readonly [string, number]> = [
  ['NOT_FOUND', 404],
  ['CONFLICT', 409],
  ['ALREADY_EXISTS', 409],
  ['FORBIDDEN', 403],
  ['UNAUTHENTICATED', 401],
  ['RATE_LIMITED', 429],
  ['UNAVAILABLE', 503],
];

/**
 * The HTTP status of a domain error code, decided in this order:
 * 1. the service's `errorStatus` table; 2. the kit's own codes; 3. the code's last segment
 * ending in `NOT_FOUND` 404 (`HAZARDS.CASE_NOT_FOUND`), `CONFLICT` or `ALREADY_EXISTS` 409,
 * `FORBIDDEN` 403, `UNAUTHENTICATED` 401, `RATE_LIMITED` 429, `UNAVAILABLE` 503;
 * 4. otherwise 422: a well-formed request that a business rule rejected (RFC 9110 §15.5.21).
 */
export function statusForCode(code: string, serviceStatuses: ErrorStatusMap = {}): number {
  const explicit = serviceStatuses[code] ?? kitStatuses[code];
  if (explicit !== undefined) return explicit;
  const lastSegment = code.slice(code.lastIndexOf('.') + 1);
  const bySuffix = suffixStatuses.find(
    ([suffix]) => lastSegment === suffix || lastSegment.endsWith(`_${suffix}`),
  );
  return bySuffix?.[1] ?? 422;
}
