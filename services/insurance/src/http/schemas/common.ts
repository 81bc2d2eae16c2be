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
/** YYYY-MM-DD, a real calendar date (`format: date`: 2026-02-30 and 2026-13-01 are 400). */
export const IsoDate = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  format: 'date',
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

/** A USCC (format; the check digit is verified by the handler for a clear 422). */
export const Uscc = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
  examples: ['91330502000000301X'],
});
/** Money in integer fen. */
export const Fen = Type.Integer({ minimum: 0, maximum: 1e15 });
/**
 * Bounded staff text. NUL is refused here: PostgreSQL cannot store it in text or jsonb, and a
 * hostile body must get a 400, not a failed insert (500).
 */
export const Text = (max: number) =>
  Type.String({ minLength: 1, maxLength: max, pattern: '^[^\\u0000]*$' });
/** Percent of a factor or an adjustment. */
export const Percent = Type.Integer({ minimum: -100, maximum: 100 });
