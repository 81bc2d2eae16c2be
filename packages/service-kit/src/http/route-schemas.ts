// Schemas every service's routes share: pages with an opaque cursor, the problem responses a
// route documents, and the bearer security requirement (ARCHITECTURE.md §5).
import { Type, type TSchema } from '@sinclair/typebox';
import { ProblemDetails } from '../errors/problem.js';

/** Query properties of a paginated list (spread into the route's closed query object). */
export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 400, description: 'opaque cursor from `next`' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
};

/** A page of items with the cursor of the next page (null on the last page). */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object(
    { items: Type.Array(item), next: Type.Union([Type.String(), Type.Null()]) },
    { additionalProperties: false },
  );

/** Problem responses every route documents. */
export const problemResponses = {
  400: ProblemDetails,
  401: ProblemDetails,
  403: ProblemDetails,
  404: ProblemDetails,
  409: ProblemDetails,
  413: ProblemDetails,
  415: ProblemDetails,
  422: ProblemDetails,
  503: ProblemDetails,
};

/** Security requirement of bearer-token routes (OpenAPI). */
export const bearerSecurity = [{ bearer: [] }];
