// Schemas shared by the routes: ids, regions, pages, problems.
import { Type, type TLiteral, type TSchema, type TUnion } from '@sinclair/typebox';
import { ProblemDetails } from '@yiwang/service-kit';

/** A closed object (every HTTP object is closed, ARCHITECTURE.md §5). */
export const Obj = <P extends Parameters<typeof Type.Object>[0]>(props: P, description?: string) =>
  Type.Object(props, {
    additionalProperties: false,
    ...(description === undefined ? {} : { description }),
  });

/** An opaque id (cases, documents, files). */
export const IdText = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' });
/** A GB/T 2260 region code. */
export const Region = Type.String({ pattern: '^[1-9][0-9]{5}$', examples: ['330502'] });
/** YYYY-MM-DD. */
export const IsoDate = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  examples: ['2026-12-31'],
});
/** RFC 3339 timestamp. */
export const Timestamp = Type.String({ format: 'date-time' });

/** Query of a paginated list. */
export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 400, description: 'opaque cursor from `next`' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
};

/** A page of items with the cursor of the next page (null on the last page). */
export const Page = <T extends TSchema>(item: T) =>
  Obj({ items: Type.Array(item), next: Type.Union([Type.String(), Type.Null()]) });

/** Problem responses every route documents. */
export const problems = {
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

/** Security requirement of bearer-token routes. */
export const bearer = [{ bearer: [] }];
/** A closed set of strings (a union of literals, typed as the literal union). */
export function Enum<const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((v) => Type.Literal(v)));
}
