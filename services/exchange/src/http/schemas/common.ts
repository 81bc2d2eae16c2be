// Schemas shared by the routes: ids, regions, pages, problems.
import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';

/** A closed object (every HTTP object is closed, ARCHITECTURE.md §5). */
export const Obj = <P extends Parameters<typeof Type.Object>[0]>(props: P, description?: string) =>
  Type.Object(props, {
    additionalProperties: false,
    ...(description === undefined ? {} : { description }),
  });

/** An opaque id (cells, tasks, subscriptions). */
export const IdText = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' });
/** A GB/T 2260 region code. */
export const Region = Type.String({ pattern: '^[1-9][0-9]{5}$', examples: ['330502'] });
/** A department code. */
export const DepartmentCode = Type.String({
  pattern: '^[a-z][a-z0-9-]{1,30}[a-z0-9]$',
  examples: ['fire-huzhou'],
});
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

/** Headers of department API-key routes (open object: other headers are allowed). */
export const ApiKeyHeaders = Type.Object({
  'x-api-key': Type.Optional(
    Type.String({ maxLength: 200, description: 'the department API key (dept_…)' }),
  ),
});

/** A closed set of strings (a union of literals, typed as the literal union). */
export function Enum<const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((v) => Type.Literal(v)));
}
