// Schemas shared by the routes: ids, regions, pages, problems.
import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';

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

// Pages, problem responses and the bearer requirement are the same in every service.
export {
  Page,
  PageQuery,
  bearerSecurity as bearer,
  problemResponses as problems,
} from '@yiwang/service-kit';

/** A closed set of strings (a union of literals, typed as the literal union). */
export function Enum<const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((v) => Type.Literal(v)));
}

/** The Idempotency-Key header of creates (open: the other headers pass through). */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.:-]{8,128}$' })),
});
