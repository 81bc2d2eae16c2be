// Field schemas shared by the event files of the catalog. Value objects (USCC, region, money,
// industry, dates) live in ../values; this file only composes them.
import { Type, type TLiteral, type TProperties, type TUnion } from '@sinclair/typebox';
import { ID_PATTERN } from '../envelope.js';

/** Closed object: every event object rejects unknown fields (ARCHITECTURE.md §5). */
export function Closed<P extends TProperties>(properties: P, description?: string) {
  return Type.Object(properties, {
    additionalProperties: false,
    ...(description !== undefined && { description }),
  });
}

/** A string enum as a union of literals (TypeBox checks it; JSON Schema sees `anyOf/const`). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  description?: string,
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(
    values.map((v) => Type.Literal(v)),
    description !== undefined ? { description } : {},
  );
}

/** An opaque id (aggregate id, document id, user id). */
export const Id = (description: string) => Type.String({ pattern: ID_PATTERN, description });

/**
 * Text written by bureau staff or an enterprise (never by the public), bounded in length.
 * Complaints events never use it: free text from the public does not leave `complaints`.
 */
export const StaffText = (maxLength: number, description: string) =>
  Type.String({ minLength: 1, maxLength, description });

/** An official document number (文号), e.g. `湖安监督〔2025〕3号`. */
export const DocumentNumber = (description = 'Official document number (文号)') =>
  Type.String({ minLength: 1, maxLength: 64, description });

/** Non-negative whole count. */
export const Count = (description: string) => Type.Integer({ minimum: 0, description });

/** WGS-84 position (a grid worker's GPS, an installation's location). */
export const GeoPoint = Closed(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
  },
  'WGS-84 position',
);

/** Ids of stored files (photos, reports); the files themselves stay with the owning service. */
export const Attachments = (description: string, minItems = 0) =>
  Type.Array(Id('File id'), { minItems, maxItems: 50, description });

/** The bureau user (JWT `sub`) who acted. */
export const Actor = (description = 'Bureau user id (JWT sub) who acted') => Id(description);
