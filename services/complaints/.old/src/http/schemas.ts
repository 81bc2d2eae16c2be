// HTTP shapes shared by the routes (not domain types: STYLE.md rule 5). Every object is closed.
import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';
import { INDUSTRIES } from '@yiwang/contracts';
import { ProblemDetails } from '@yiwang/service-kit';
import {
  ACCIDENT_LEVELS,
  CHANNELS,
  DECLINE_REASONS,
  EXTENSION_REASONS,
  OUTCOMES,
  SCOPES,
  STATUSES,
  UNSUBSTANTIATED_REASONS,
} from '../domain/report/types.js';

export const Closed = <T extends Parameters<typeof Type.Object>[0]>(
  props: T,
  description?: string,
) =>
  Type.Object(props, {
    additionalProperties: false,
    ...(description === undefined ? {} : { description }),
  });

export function Enum<const T extends readonly string[]>(
  values: T,
  description?: string,
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(
    values.map((v) => Type.Literal(v)),
    description === undefined ? {} : { description },
  );
}

export const Id = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$',
  description: 'An id',
});
export const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});
export const Region = Type.String({ pattern: '^[0-9]{6}$', description: 'GB/T 2260 region code' });
export const IsoDate = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  description: 'YYYY-MM-DD',
});
export const Timestamp = Type.String({ description: 'RFC 3339 instant' });
export const Fen = Type.Integer({
  minimum: 0,
  maximum: 100_000_000_000,
  description: 'Amount in fen (1/100 yuan)',
});
export const StaffText = (max: number, description: string) =>
  Type.String({ minLength: 1, maxLength: max, description });

export const Channel = Enum(CHANNELS, 'Intake channel');
export const Scope = Enum(SCOPES, 'What the report is about');
export const Status = Enum(STATUSES);
export const Industry = Enum(INDUSTRIES);
export const AccidentLevel = Enum(ACCIDENT_LEVELS);
export const DeclineReason = Enum(DECLINE_REASONS);
export const ExtensionReason = Enum(EXTENSION_REASONS);
export const UnsubstantiatedReason = Enum(UNSUBSTANTIATED_REASONS);
export const Outcome = Enum(OUTCOMES);
export const SummaryCode = Type.String({ pattern: '^[A-Z]{2,4}-[0-9]{3}$', examples: ['HC-012'] });

export const IdParams = Closed({ id: Uuid });
export const EmptyBody = Type.Union([Closed({}), Type.Null()]);

/** Error answers every route documents. */
export const errors = {
  400: ProblemDetails,
  401: ProblemDetails,
  403: ProblemDetails,
  404: ProblemDetails,
  409: ProblemDetails,
  422: ProblemDetails,
  429: ProblemDetails,
  503: ProblemDetails,
};

/** Roles of the bureau's tokens. */
export const ROLES = {
  staff: ['operator', 'inspector', 'supervisor', 'custodian'],
  intakeDesk: ['operator', 'supervisor'],
  verify: ['inspector', 'supervisor'],
  supervise: ['supervisor'],
  custodian: ['custodian'],
} as const;
