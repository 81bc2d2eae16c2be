// Schemas shared by the routes: ids, regions, timestamps, pages, problems.
import { Type, type SchemaOptions, type TLiteral, type TUnion } from '@sinclair/typebox';

/** A closed object (every HTTP object is closed, ARCHITECTURE.md §5). */
export const Obj = <P extends Parameters<typeof Type.Object>[0]>(props: P, description?: string) =>
  Type.Object(props, {
    additionalProperties: false,
    ...(description === undefined ? {} : { description }),
  });

/** An opaque id (sensors, gateways, installations, alarms). */
export const IdText = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' });
/** `{ id }` path parameters. */
export const IdParams = Obj({ id: IdText });
/** A GB/T 2260 region code. */
export const Region = Type.String({ pattern: '^[1-9][0-9]{5}$', examples: ['330502'] });
/** A USCC (format only; the check digit is verified by the directory). */
export const Uscc = Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' });
/** RFC 3339 timestamp. */
export const Timestamp = Type.String({ format: 'date-time' });
/** A finite number in JSON (no NaN/Infinity can appear in parsed JSON except via 1e999). */
export const Finite = Type.Number({ minimum: -1e15, maximum: 1e15 });

export {
  Page,
  PageQuery,
  bearerSecurity as bearer,
  problemResponses as problems,
} from '@yiwang/service-kit';

/** A closed set of strings (a union of literals, typed as the literal union). */
export function Enum<const T extends readonly string[]>(
  values: T,
  options?: SchemaOptions,
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  );
}
